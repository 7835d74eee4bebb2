package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;

/**
 * An item a sync could not import (such as an order the import refused), set aside so that it
 * does not block the rest of its page. Holds no buyer data: the error is the typed error's message,
 * which names a field and a value but never personal data.
 *
 * @param shop the shop it came from
 * @param stream the stream, such as {@code orders}
 * @param itemId the platform's id of the item, such as a platform order id
 * @param error the error's type and message, at most {@value #MAX_ERROR} characters
 * @param quarantinedAt when it was last set aside
 */
public record QuarantinedItem(
    ShopId shop, String stream, String itemId, String error, Instant quarantinedAt) {
  /** The longest error text kept; longer ones are cut. */
  public static final int MAX_ERROR = 1000;

  /** Checks the fields and cuts an overlong error. */
  public QuarantinedItem {
    Checks.present("shop", shop);
    stream = Checks.token("stream", stream, 32);
    itemId = Checks.text("itemId", itemId, 200);
    Checks.present("error", error);
    if (error.length() > MAX_ERROR) {
      error = error.substring(0, MAX_ERROR);
    }
    Checks.present("quarantinedAt", quarantinedAt);
  }
}
