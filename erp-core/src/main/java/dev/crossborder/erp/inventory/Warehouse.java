package dev.crossborder.erp.inventory;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * The summary of a warehouse that orders, purchasing and inventory refer to: id, name, country,
 * kind and time zone. Layout and bins belong to the warehouse module. Immutable.
 *
 * @param id the warehouse's id
 * @param name the seller's name for it
 * @param country ISO 3166-1 alpha-2 country code, upper case
 * @param kind who runs it
 * @param zone the time zone its business dates (cut-offs, receipts) are counted in
 */
public record Warehouse(WarehouseId id, String name, String country, WarehouseKind kind, ZoneId zone) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Validates every field; the country must be an ISO 3166-1 alpha-2 code. */
  public Warehouse {
    Checks.present("warehouse", id);
    name = Checks.text("name", name, 200);
    Checks.present("country", country);
    country = country.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw new InvalidInputException("country", country, "is not an ISO 3166 alpha-2 code");
    }
    Checks.present("kind", kind);
    Checks.present("zone", zone);
  }
}
