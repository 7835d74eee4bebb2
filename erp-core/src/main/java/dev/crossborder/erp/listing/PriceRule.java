package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.ExchangeRateProvider;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.shop.Shop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A price rule: from the SKU's unit cost or a base price, converted into the shop's currency,
 * marked up, plus a fixed fee, grossed up for the platform's commission, rounded, and kept between
 * a floor (such as a minimum advertised price, MAP) and a ceiling. {@link #quote} is a pure
 * function of the rule, the SKU, the shop, the date and the exchange rates, and shows every step.
 *
 * <p>The formula, with amounts in the shop's currency:
 *
 * <pre>
 * price = round((base × rate × (1 + markup%) + fixedFee) ÷ (1 − commission%)), then floor ≤ price ≤ ceiling
 * </pre>
 *
 * The intermediate amounts are exact decimals (a division keeps 10 decimals); the one rounding to
 * the currency's minor unit is the rounding step, so no minor unit is lost on the way.
 *
 * @param base where the price starts from
 * @param basePrice the base price, required with {@link Base#BASE_PRICE}, else {@code null}
 * @param markupPercent the markup in percent of the converted base (0 to 10,000; negative down to
 *     −100 for a discount)
 * @param fixedFee a fixed amount added after the markup (packaging, last-mile shipping), in the
 *     base's currency or the shop's, or {@code null}
 * @param commissionPercent the platform's commission in percent of the sale price (0 to under 100)
 * @param rounding the rounding style
 * @param floor the lowest price allowed (the price is raised to it), or {@code null}
 * @param ceiling the highest price allowed (the price is lowered to it), or {@code null}
 */
public record PriceRule(
    Base base,
    @Nullable Money basePrice,
    BigDecimal markupPercent,
    @Nullable Money fixedFee,
    BigDecimal commissionPercent,
    Rounding rounding,
    @Nullable Money floor,
    @Nullable Money ceiling) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int SCALE = 10;

  /**
   * Validates.
   *
   * @throws InvalidInputException naming the field that is out of range or inconsistent
   */
  public PriceRule {
    Checks.present("base", base);
    Checks.present("markupPercent", markupPercent);
    Checks.present("commissionPercent", commissionPercent);
    Checks.present("rounding", rounding);
    if (base == Base.BASE_PRICE && basePrice == null) {
      throw new InvalidInputException("basePrice", "null", "is required when the rule starts from a base price");
    }
    if (basePrice != null && !basePrice.isPositive()) {
      throw new InvalidInputException("basePrice", basePrice, "must be positive");
    }
    if (markupPercent.compareTo(HUNDRED.negate()) <= 0 || markupPercent.compareTo(BigDecimal.valueOf(10_000)) > 0) {
      throw new InvalidInputException("markupPercent", markupPercent, "must be above -100 and at most 10000");
    }
    if (fixedFee != null && fixedFee.isNegative()) {
      throw new InvalidInputException("fixedFee", fixedFee, "must not be negative");
    }
    if (commissionPercent.signum() < 0 || commissionPercent.compareTo(HUNDRED) >= 0) {
      throw new InvalidInputException("commissionPercent", commissionPercent, "must be at least 0 and below 100");
    }
    if (floor != null && !floor.isPositive()) {
      throw new InvalidInputException("floor", floor, "must be positive");
    }
    if (floor != null && ceiling != null) {
      if (!floor.currency().equals(ceiling.currency())) {
        throw new CurrencyMismatchException(floor.currency(), ceiling.currency());
      }
      if (ceiling.isLessThan(floor)) {
        throw new InvalidInputException("ceiling", ceiling, "is below the floor " + floor);
      }
    }
  }

  /** A rule that starts from the SKU's unit cost, with no markup, fee or commission yet. */
  public static PriceRule fromCost() {
    return new PriceRule(Base.COST, null, BigDecimal.ZERO, null, BigDecimal.ZERO, Rounding.NONE, null, null);
  }

  /** A rule that starts from {@code basePrice}, with no markup, fee or commission yet. */
  public static PriceRule fromBasePrice(Money basePrice) {
    return new PriceRule(Base.BASE_PRICE, basePrice, BigDecimal.ZERO, null, BigDecimal.ZERO, Rounding.NONE, null, null);
  }

  /** This rule with a markup of {@code percent} (such as {@code "35"} or {@code "12.5"}). */
  public PriceRule markup(String percent) {
    return new PriceRule(base, basePrice, new BigDecimal(percent), fixedFee, commissionPercent, rounding, floor, ceiling);
  }

  /** This rule with a fixed fee. */
  public PriceRule fixedFee(Money fee) {
    return new PriceRule(base, basePrice, markupPercent, fee, commissionPercent, rounding, floor, ceiling);
  }

  /** This rule with a platform commission of {@code percent}. */
  public PriceRule commission(String percent) {
    return new PriceRule(base, basePrice, markupPercent, fixedFee, new BigDecimal(percent), rounding, floor, ceiling);
  }

  /** This rule with another rounding style. */
  public PriceRule rounding(Rounding style) {
    return new PriceRule(base, basePrice, markupPercent, fixedFee, commissionPercent, style, floor, ceiling);
  }

  /** This rule with a floor (MAP). */
  public PriceRule floor(Money floor) {
    return new PriceRule(base, basePrice, markupPercent, fixedFee, commissionPercent, rounding, floor, ceiling);
  }

  /** This rule with a ceiling. */
  public PriceRule ceiling(Money ceiling) {
    return new PriceRule(base, basePrice, markupPercent, fixedFee, commissionPercent, rounding, floor, ceiling);
  }

  /**
   * The price of {@code sku} in {@code shop} on {@code date}, with its breakdown.
   *
   * @throws InvalidInputException on {@code unitCost} when the rule starts from cost and the SKU has
   *     none
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code exchangeRate} when {@code rates}
   *     has no rate for a conversion the rule needs
   * @throws CurrencyMismatchException when the fee, floor or ceiling is in a currency the rule
   *     cannot use
   */
  public PriceQuote quote(Sku sku, Shop shop, LocalDate date, ExchangeRateProvider rates) {
    Currency target = shop.currency();
    List<PriceQuote.Step> steps = new ArrayList<>();
    UnitAmount start;
    if (base == Base.COST) {
      start = sku.unitCost().orElseThrow(
          () -> new InvalidInputException("unitCost", sku.code().value(), "is not set, and the price rule starts from cost"));
    } else {
      start = UnitAmount.from(basePrice);
    }
    steps.add(step("base", (base == Base.COST ? "unit cost " : "base price ") + start, start.amount(), start.currency()));
    ExchangeRate rate = rates.require(start.currency(), target, date);
    BigDecimal amount = start.amount().multiply(rate.rate());
    if (!start.currency().equals(target)) {
      steps.add(step("convert", "× " + rate.rate().toPlainString() + " " + rate.base().getCurrencyCode() + "/"
          + rate.quote().getCurrencyCode() + " of " + rate.date() + " (" + rate.source() + ")", amount, target));
    }
    if (markupPercent.signum() != 0) {
      amount = amount.multiply(BigDecimal.ONE.add(markupPercent.movePointLeft(2)));
      steps.add(step("markup", "+" + markupPercent.toPlainString() + "%", amount, target));
    }
    if (fixedFee != null && !fixedFee.isZero()) {
      BigDecimal fee;
      if (fixedFee.currency().equals(target)) {
        fee = fixedFee.amount();
      } else if (fixedFee.currency().equals(start.currency())) {
        fee = fixedFee.amount().multiply(rate.rate());
      } else {
        throw new CurrencyMismatchException(target, fixedFee.currency());
      }
      amount = amount.add(fee);
      steps.add(step("fixedFee", "+" + fixedFee, amount, target));
    }
    if (commissionPercent.signum() != 0) {
      amount = amount.divide(BigDecimal.ONE.subtract(commissionPercent.movePointLeft(2)), SCALE, RoundingMode.HALF_UP);
      steps.add(step("commission", "÷ (1 − " + commissionPercent.toPlainString() + "%)", amount, target));
    }
    Money price = round(amount, target);
    steps.add(step("rounding", rounding.name(), price.amount(), target));
    price = clamp(price, steps);
    return new PriceQuote(price, steps, start.currency().equals(target) ? null : rate);
  }

  /**
   * The quote for an explicit {@code price} (a per-listing override), checked against the floor
   * and ceiling.
   *
   * @throws InvalidInputException on {@code price} when it is below the floor or above the ceiling
   * @throws CurrencyMismatchException when it is not in the floor's or ceiling's currency
   */
  public PriceQuote check(Money price) {
    Checks.present("price", price);
    if (!price.isPositive()) {
      throw new InvalidInputException("price", price, "must be positive");
    }
    if (floor != null && requireCurrency(floor, price).isLessThan(floor)) {
      throw new InvalidInputException("price", price, "is below the floor " + floor);
    }
    if (ceiling != null && requireCurrency(ceiling, price).isGreaterThan(ceiling)) {
      throw new InvalidInputException("price", price, "is above the ceiling " + ceiling);
    }
    return new PriceQuote(price, List.of(step("override", "set by hand", price.amount(), price.currency())), null);
  }

  private static Money requireCurrency(Money limit, Money price) {
    if (!limit.currency().equals(price.currency())) {
      throw new CurrencyMismatchException(limit.currency(), price.currency());
    }
    return price;
  }

  private Money clamp(Money price, List<PriceQuote.Step> steps) {
    if (floor != null && requireCurrency(floor, price).isLessThan(floor)) {
      steps.add(step("floor", "raised to the floor " + floor, floor.amount(), floor.currency()));
      return floor;
    }
    if (ceiling != null && requireCurrency(ceiling, price).isGreaterThan(ceiling)) {
      steps.add(step("ceiling", "lowered to the ceiling " + ceiling, ceiling.amount(), ceiling.currency()));
      return ceiling;
    }
    return price;
  }

  private Money round(BigDecimal amount, Currency currency) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return switch (rounding) {
      case NONE -> Money.rounded(amount, currency, RoundingMode.HALF_UP);
      case WHOLE -> Money.rounded(amount.setScale(0, RoundingMode.CEILING), currency, RoundingMode.UNNECESSARY);
      case NINETY_NINE -> {
        // the step between two charm prices, and the amount a charm price sits below a step
        BigDecimal unit = digits >= 2 ? BigDecimal.ONE : BigDecimal.TEN.pow(2 - digits).movePointLeft(digits);
        BigDecimal below = digits >= 2 ? new BigDecimal("0.01") : BigDecimal.ONE.movePointLeft(digits);
        BigDecimal steps = amount.add(below).divide(unit, 0, RoundingMode.CEILING);
        yield Money.rounded(steps.multiply(unit).subtract(below), currency, RoundingMode.UNNECESSARY);
      }
    };
  }

  private static PriceQuote.Step step(String term, String detail, BigDecimal after, Currency currency) {
    return new PriceQuote.Step(term, detail, UnitAmount.rounded(after, currency, RoundingMode.HALF_UP));
  }

  /** Where a price starts from. */
  public enum Base {
    /** The SKU's unit cost ({@link Sku#unitCost()}). */
    COST,
    /** A base price set on the rule. */
    BASE_PRICE
  }
}
