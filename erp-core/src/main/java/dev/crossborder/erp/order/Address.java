package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A postal address. Personal data: {@link #toString()} shows only the country, and validation
 * errors never echo a value.
 *
 * @param name recipient name
 * @param line1 first address line
 * @param line2 second address line, or {@code null}
 * @param city city
 * @param region state or province, or {@code null}
 * @param postalCode postal code, or {@code null} where the country has none
 * @param country ISO 3166-1 alpha-2 code
 */
public record Address(
    String name,
    String line1,
    @Nullable String line2,
    String city,
    @Nullable String region,
    @Nullable String postalCode,
    String country) {

  /** Validates every field without echoing personal data. */
  public Address {
    name = Checks.pii("address.name", name, 200, false);
    line1 = Checks.pii("address.line1", line1, 300, false);
    line2 = Checks.pii("address.line2", line2, 300, true);
    city = Checks.pii("address.city", city, 200, false);
    region = Checks.pii("address.region", region, 100, true);
    postalCode = Checks.pii("address.postalCode", postalCode, 32, true);
    country = Destination.of(country).country();
  }

  @Override
  public String toString() {
    return "Address[country=" + country + ", redacted]";
  }
}
