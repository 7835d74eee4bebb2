package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A bulk edit of one listing: a new price, title or quantity (any of them). It is stored and
 * submitted through the same path as a publish, so it is resumable and leaves an event.
 *
 * @param shop the shop
 * @param sellerSku the seller SKU
 * @param price the new price, checked against the shop's price rule floor and ceiling, or {@code
 *     null} to keep it
 * @param title the new title (set on the template's title attribute), or {@code null} to keep it
 * @param quantity the new quantity, or {@code null} to keep it
 */
public record ListingEdit(
    ShopId shop, String sellerSku, @Nullable Money price, @Nullable String title, @Nullable Long quantity) {

  /** Validates: at least one change. */
  public ListingEdit {
    Checks.present("shop", shop);
    sellerSku = Checks.text("sellerSku", sellerSku, 200);
    if (title != null) {
      title = Checks.text("title", title, 1000);
    }
    if (quantity != null) {
      Checks.nonNegative("quantity", quantity);
    }
    if (price == null && title == null && quantity == null) {
      throw new InvalidInputException("edit", shop.value() + "/" + sellerSku, "changes nothing");
    }
  }

  /** A price edit. */
  public static ListingEdit price(ShopId shop, String sellerSku, Money price) {
    return new ListingEdit(shop, sellerSku, price, null, null);
  }

  /** A title edit. */
  public static ListingEdit title(ShopId shop, String sellerSku, String title) {
    return new ListingEdit(shop, sellerSku, null, title, null);
  }

  /** A quantity edit. */
  public static ListingEdit quantity(ShopId shop, String sellerSku, long quantity) {
    return new ListingEdit(shop, sellerSku, null, null, quantity);
  }
}
