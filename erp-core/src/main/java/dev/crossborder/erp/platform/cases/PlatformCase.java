package dev.crossborder.erp.platform.cases;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as a {@link dev.crossborder.erp.platform.CustomerServiceSource} reads it from the
 * platform: unique per shop and platform case id. The inbox imports it into a {@link dev.crossborder.erp.cases.Case}.
 * Immutable.
 *
 * @param shopId the shop it belongs to
 * @param platformCaseId the platform's id (an eBay return id, a message thread id), 1 to 100 chars
 * @param kind what it is about
 * @param platformOrderId the platform order it concerns, or {@code null} (a pre-sale question)
 * @param status the platform's state of the case
 * @param messages the thread, oldest first (may be empty: a return request without a comment)
 * @param items the lines a return or cancellation request names, empty for the whole order
 * @param respondBy the platform's own deadline for the seller, or {@code null}
 * @param openedAt when the case was opened
 * @param updatedAt the platform's last change, at or after {@code openedAt}
 */
public record PlatformCase(
    ShopId shopId,
    String platformCaseId,
    CaseKind kind,
    @Nullable String platformOrderId,
    PlatformCaseStatus status,
    List<CaseMessage> messages,
    List<CaseItem> items,
    @Nullable Instant respondBy,
    Instant openedAt,
    Instant updatedAt) {

  /** Validates every field and copies the lists. */
  public PlatformCase {
    Checks.present("shopId", shopId);
    platformCaseId = Checks.text("platformCaseId", platformCaseId, 100);
    Checks.present("kind", kind);
    platformOrderId = platformOrderId == null ? null : Checks.text("platformOrderId", platformOrderId, 100);
    Checks.present("status", status);
    messages = List.copyOf(Checks.present("messages", messages));
    items = List.copyOf(Checks.present("items", items));
    Checks.present("openedAt", openedAt);
    Checks.present("updatedAt", updatedAt);
    if (updatedAt.isBefore(openedAt)) {
      throw new InvalidInputException("updatedAt", updatedAt, "must not be before openedAt " + openedAt);
    }
  }
}
