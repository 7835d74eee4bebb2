package dev.crossborder.erp.platforms.http;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.RejectedItem;
import org.jspecify.annotations.Nullable;

/**
 * Turns one order a connector's mapper refused into a {@link RejectedItem} of its page, so that
 * the sync engine quarantines that order instead of failing the page. Shared by the connectors'
 * order sources.
 */
public final class RejectedOrders {
  private RejectedOrders() {}

  /**
   * The rejection of the order {@code platformOrderId} that failed mapping with {@code error}: an
   * {@link InvalidInputException} on the error's field whose message is the mapper's (field and
   * problem, never buyer data). Without a usable order id nothing can be quarantined, so {@code
   * error} is rethrown and the page fails as before.
   */
  public static RejectedItem of(@Nullable String platformOrderId, MalformedResponseException error) {
    if (platformOrderId == null || platformOrderId.isBlank() || platformOrderId.strip().length() > 200) {
      throw error;
    }
    String id = platformOrderId.strip();
    return new RejectedItem(id, new InvalidInputException(error.field(), "order " + id, error.getMessage()));
  }
}
