package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A listing to create or replace on a platform: the seller SKU, the platform's product type (or
 * category), the attributes in the platform's own names (values are strings, numbers, booleans,
 * lists or maps, as the platform's schema wants them; the listing module's templates produce
 * them), and optionally price and quantity. Immutable.
 *
 * @param sellerSku the seller SKU to list under
 * @param productType the platform's product type or category id
 * @param attributes the platform attributes by name
 * @param price the offer price, or {@code null} to leave it to a later update
 * @param quantity the sellable quantity, or {@code null} to leave it to the inventory push
 */
public record ListingSubmission(
    String sellerSku,
    String productType,
    Map<String, Object> attributes,
    @Nullable Money price,
    @Nullable Long quantity) {

  /** Validates and copies (attributes sorted by name). */
  public ListingSubmission {
    sellerSku = Checks.text("sellerSku", sellerSku, 200);
    productType = Checks.text("productType", productType, 200);
    attributes = Collections.unmodifiableMap(new TreeMap<>(Checks.present("attributes", attributes)));
    if (quantity != null) {
      Checks.nonNegative("quantity", quantity);
    }
  }
}
