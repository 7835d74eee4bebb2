package dev.crossborder.erp.platform;

import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * A shop's customer service on its platform (客服, 纠纷, 退货): reads cases (message threads, return
 * requests, disputes and claims, cancellation requests) page by page, and sends the seller's
 * replies and decisions where the platform allows them.
 *
 * <p>What a platform allows is {@link #limits}: Amazon's Messaging API, for one, cannot pull buyer
 * messages and cannot write free text, only send order-scoped message types. Implementations must
 * refuse an action outside their limits with a {@link dev.crossborder.erp.platform.cases.ReplyNotAllowedException}
 * before calling the platform (never a silent no-op), and must be thread-safe.
 */
public interface CustomerServiceSource extends Capability {

  /** What the platform allows for {@code shop}. */
  CaseLimits limits(Shop shop);

  /**
   * One page of the cases of {@code shop} opened or updated in {@code window} (by the platform's
   * last update): the first page when {@code cursor} is {@code null}, else the page after the one
   * that returned {@code cursor}. Pages may repeat cases; the inbox stores each once. A platform
   * without a case feed returns an empty last page (and says so in {@link CaseLimits#pulledKinds}).
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  PlatformPage<PlatformCase> cases(Shop shop, OrderWindow window, @Nullable String cursor);

  /**
   * Sends {@code action} on the case {@code platformCaseId} of kind {@code kind}, concerning the
   * platform order {@code platformOrderId} (Amazon's messages are addressed by order only).
   *
   * @throws dev.crossborder.erp.platform.cases.ReplyNotAllowedException if {@link #limits} do not allow it;
   *     nothing was sent
   * @throws PlatformRequestException if the platform refused it (case closed there, bad input)
   * @throws ConnectorException if the call failed after the connector's retries
   */
  void respond(
      Shop shop, String platformCaseId, CaseKind kind, @Nullable String platformOrderId, CaseAction action);
}
