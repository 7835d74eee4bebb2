package dev.crossborder.erp.finance;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.Money;
import java.util.Currency;

/**
 * The parts of a profit in one currency. Immutable.
 *
 * @param revenue what the buyer paid for the goods and shipping, tax excluded, after discounts
 * @param fees platform fees (commission, fulfilment and other fees), as a positive cost
 * @param landedCost the landed cost of the units shipped (purchase plus first-leg share)
 * @param shipping the shipping label cost
 */
public record ProfitFigures(Money revenue, Money fees, Money landedCost, Money shipping) {

  /** Requires every amount, all in one currency. */
  public ProfitFigures {
    Checks.present("revenue", revenue);
    for (Money m : new Money[] {Checks.present("fees", fees), Checks.present("landedCost", landedCost),
        Checks.present("shipping", shipping)}) {
      if (!m.currency().equals(revenue.currency())) {
        throw new CurrencyMismatchException(revenue.currency(), m.currency());
      }
    }
  }

  /** All zero in {@code currency}. */
  public static ProfitFigures zero(Currency currency) {
    Money zero = Money.zero(currency);
    return new ProfitFigures(zero, zero, zero, zero);
  }

  /** The currency. */
  public Currency currency() {
    return revenue.currency();
  }

  /** Revenue − fees − landed cost − shipping. */
  public Money profit() {
    return revenue.minus(fees).minus(landedCost).minus(shipping);
  }

  /** The sum of this and {@code other}, part by part. */
  public ProfitFigures plus(ProfitFigures other) {
    return new ProfitFigures(revenue.plus(other.revenue), fees.plus(other.fees),
        landedCost.plus(other.landedCost), shipping.plus(other.shipping));
  }
}
