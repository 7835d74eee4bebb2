package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A computed price with its breakdown: each step of the rule in order, the running amount after it,
 * and the exchange rate used, so a seller can see why a marketplace shows the price it shows.
 *
 * @param price the price to list at, in the shop's currency
 * @param steps the steps in the order they were applied
 * @param rate the exchange rate used to convert the base, or {@code null} when none was needed
 */
public record PriceQuote(Money price, List<Step> steps, @Nullable ExchangeRate rate) {

  /** Validates and copies. */
  public PriceQuote {
    Checks.present("price", price);
    steps = List.copyOf(steps);
  }

  /**
   * One step of a price computation.
   *
   * @param term what the step did: {@code base}, {@code convert}, {@code markup}, {@code fixedFee},
   *     {@code commission}, {@code rounding}, {@code floor}, {@code ceiling} or {@code override}
   * @param detail the step's inputs in words, such as {@code "+25% of 80.000000 USD"}
   * @param after the running amount after the step, to six decimals
   */
  public record Step(String term, String detail, UnitAmount after) {

    /** Validates. */
    public Step {
      term = Checks.text("term", term, 50);
      detail = Checks.text("detail", detail, 500);
      Checks.present("after", after);
    }
  }
}
