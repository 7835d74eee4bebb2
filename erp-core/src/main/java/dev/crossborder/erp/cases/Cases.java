package dev.crossborder.erp.cases;

import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.ReplyNotAllowedException;

import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The customer service inbox of every shop of the tenant. Reached by {@code erp.cases()}.
 * Thread-safe; every command runs in its own transaction, so a refused one writes nothing.
 * Changes emit {@code case.imported} and {@code case.changed} events.
 */
public interface Cases {

  /**
   * Stores a platform case once per (shop, platform case id) and applies later updates: a newer
   * {@code updatedAt} replaces the thread, items and platform status; an older or equal one changes
   * nothing. The case is linked to its order when the shop holds that platform order. Its state
   * follows the thread (a buyer or platform message last: {@code AWAITING_SELLER}; a seller message
   * last: {@code AWAITING_BUYER}; none: {@code OPEN}), a platform close resolves it and a platform
   * escalation escalates it; a resolved case stays resolved. Its due time is the platform's {@code
   * respondBy} if given, else the {@link ResponseTimeRules} from the last buyer or platform message
   * (or the opening).
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if the shop does not exist
   */
  Case importCase(PlatformCase platformCase);

  /**
   * Pulls the shop's {@code cases} stream now through its connector's {@code
   * CustomerServiceSource}: takes the shop's sync lease ({@code shop:<id>}, the one the sync engine
   * uses), reads windows from its own checkpoint (stream {@code cases}) page by page with the sync
   * settings' overlap and settle delay, imports each case, and saves the checkpoint under the lease's
   * fencing token after each page. A shop whose lease another instance holds is not read.
   *
   * @throws dev.crossborder.erp.kernel.ConfigurationException if the shop's platform has no
   *     connector or no customer service capability
   */
  CaseSyncReport sync(ShopId shop);

  /** The case with {@code id}. */
  Optional<Case> find(CaseId id);

  /** The case of {@code shop} with the platform's id {@code platformCaseId}. */
  Optional<Case> findByPlatformCaseId(ShopId shop, String platformCaseId);

  /** The cases linked to {@code order}, oldest first. */
  List<Case> byOrder(OrderId order);

  /**
   * The cases waiting on the seller whose due time has passed by the injected clock, earliest due
   * first, one page at a time.
   */
  Page<Case> overdue(PageRequest page);

  /** Assigns the case to {@code person} (a staff name or id; {@code null} unassigns). */
  Case assign(CaseId id, @Nullable String person);

  /**
   * Sends {@code action} through the shop's connector and records it: a reply or typed message is
   * appended to the thread and the case waits on the buyer; accept and decline resolve it.
   *
   * @throws ReplyNotAllowedException if the case is resolved, or the platform's {@link CaseLimits}
   *     do not allow the action; nothing is sent
   */
  Case respond(CaseId id, CaseAction action);

  /**
   * Replies with {@code template} filled from the case's own order, shop and buyer: a free-text
   * reply, or, where the platform only sends order-scoped types, a message of {@code messageType}.
   *
   * @param messageType the platform message type to send, or {@code null} for a free-text reply
   * @throws UnknownPlaceholderException if the template uses data the case does not have
   * @throws ReplyNotAllowedException as {@link #respond}
   */
  Case reply(CaseId id, ReplyTemplate template, @Nullable String messageType);

  /** Escalates the case (to a supervisor or the platform). */
  Case escalate(CaseId id);

  /** Resolves the case for {@code reason} without sending anything. */
  Case resolve(CaseId id, String reason);

  /**
   * Handles a {@code CANCELLATION_REQUEST} case: if nothing of its order has shipped, cancels the
   * order through the order module (releasing its reserved stock) and accepts the request on the
   * platform; otherwise declines it on the platform with the reason. Either way the case is
   * resolved.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException if the case is not a cancellation
   *     request, is linked to no order, or is resolved
   */
  CancellationOutcome processCancellation(CaseId id);

  /** Returns (RMA). */
  Returns returns();
}
