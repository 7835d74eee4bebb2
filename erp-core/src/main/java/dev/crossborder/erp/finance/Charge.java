package dev.crossborder.erp.finance;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import java.time.LocalDate;

/**
 * A charge to spread over the units of a shipment, such as a freight invoice. It is converted to
 * the tenant's base currency at the rate of its {@code date}. Immutable.
 *
 * @param id the charge's id, unique per shipment reference (an invoice number); a charge whose id
 *     was applied to the reference already is skipped, so retrying is safe
 * @param kind what it pays for
 * @param amount the amount, positive, in any currency
 * @param date the business date its exchange rate is taken on
 */
public record Charge(String id, ChargeKind kind, Money amount, LocalDate date) {

  /** Validates every field. */
  public Charge {
    id = Checks.token("id", id, 64);
    Checks.present("kind", kind);
    Checks.present("amount", amount);
    Checks.present("date", date);
    if (!amount.isPositive()) {
      throw new InvalidInputException("amount", amount, "must be positive");
    }
  }
}
