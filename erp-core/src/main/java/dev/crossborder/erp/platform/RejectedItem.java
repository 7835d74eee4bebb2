package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * An item of a page that a connector read but could not map to the domain, such as an order with
 * a zero quantity, a negative price or no destination country: handed back in {@link
 * PlatformPage#rejected()} so that the sync engine quarantines that one item with its typed error
 * instead of failing the whole page. Immutable.
 *
 * @param itemId the platform's id of the item, such as the platform order id
 * @param error why it cannot be mapped: the field and the value (never buyer data or secrets)
 */
public record RejectedItem(String itemId, InvalidInputException error) {

  /** Validates both fields. */
  public RejectedItem {
    itemId = Checks.text("itemId", itemId, 200);
    Checks.present("error", error);
  }
}
