package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where an order goes, at the coarse level routing needs and that is not personal data: the
 * country and, where known, the region (state, province). The full address is in {@link
 * BuyerDetails} and is erased on schedule; the destination stays.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param region state or province code as the platform gave it, or {@code null}
 */
public record Destination(String country, @Nullable String region) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Validates and normalises the country code. */
  public Destination {
    Checks.present("destination.country", country);
    country = country.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw new InvalidInputException("destination.country", country, "is not an ISO 3166 alpha-2 code");
    }
    region = region == null || region.isBlank() ? null : Checks.text("destination.region", region, 100);
  }

  /** The destination {@code country} with no region. */
  public static Destination of(String country) {
    return new Destination(country, null);
  }
}
