package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link ShippingTable}: shipments to {@code country} ({@code *} for any) weighing at
 * most {@code maxWeight} and worth at most {@code maxValue} (either absent for no limit) go by
 * {@code method}.
 *
 * @param country ISO country code or {@code *}
 * @param maxWeight the heaviest shipment the row takes, or {@code null} for any
 * @param maxValue the most valuable shipment the row takes, or {@code null} for any
 * @param method the shipping method's code
 */
public record ShippingRow(String country, @Nullable Weight maxWeight, @Nullable Money maxValue, String method) {
  /** Validates the country and method. */
  public ShippingRow {
    country = Checks.text("country", country, 2).toUpperCase(Locale.ROOT);
    method = Checks.text("method", method, 64);
  }

  /** A row for any shipment to {@code country}. */
  public static ShippingRow to(String country, String method) {
    return new ShippingRow(country, null, null, method);
  }
}
