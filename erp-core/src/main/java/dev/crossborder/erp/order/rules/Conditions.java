package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.rules.internal.Cond;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in conditions, meant to be imported statically: {@code
 * country("US").and(orderValue(ABOVE, Money.of("200", "USD")))}. Money thresholds must be in the
 * order's currency (a {@link RuleInputException} on {@code orderValue.currency} otherwise);
 * conditions over an unknown postcode, buyer, shipping level or margin are false.
 */
public final class Conditions {
  private Conditions() {}

  /** Always true (a catch-all rule). */
  public static Condition always() {
    return new Cond.Always();
  }

  /** Every one of {@code parts} holds. */
  public static Condition allOf(Condition... parts) {
    return new Cond.All(List.of(parts));
  }

  /** At least one of {@code parts} holds. */
  public static Condition anyOf(Condition... parts) {
    return new Cond.Any(List.of(parts));
  }

  /** {@code part} does not hold. */
  public static Condition not(Condition part) {
    return new Cond.Not(part);
  }

  /** The order was placed in one of {@code shops}. */
  public static Condition shop(ShopId... shops) {
    return new Cond.ShopIn(ordered(shops));
  }

  /** The order was placed on one of {@code platforms}. */
  public static Condition platform(PlatformId... platforms) {
    return new Cond.PlatformIn(ordered(platforms));
  }

  /** The destination country is one of {@code countries} (ISO codes, any case). */
  public static Condition country(String... countries) {
    return new Cond.CountryIn(Stream.of(countries).map(c -> c.strip().toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  /** The destination postcode starts with one of {@code prefixes}. */
  public static Condition postcodeStartsWith(String... prefixes) {
    return new Cond.PostcodePrefix(Stream.of(prefixes).map(p -> p.replace(" ", "").toUpperCase(Locale.ROOT)).toList());
  }

  /** The destination postcode's first {@code from.length()} characters lie in {@code [from, to]}. */
  public static Condition postcodeBetween(String from, String to) {
    return new Cond.PostcodeRange(from.toUpperCase(Locale.ROOT), to.toUpperCase(Locale.ROOT));
  }

  /** Some line is one of {@code skus}. */
  public static Condition anySku(String... skus) {
    return new Cond.AnySku(ordered(Stream.of(skus).map(SkuCode::of).toArray(SkuCode[]::new)));
  }

  /** Every line is one of {@code skus}. */
  public static Condition allSkus(String... skus) {
    return new Cond.AllSkus(ordered(Stream.of(skus).map(SkuCode::of).toArray(SkuCode[]::new)));
  }

  /** Total units across lines compare with {@code units} by {@code op}. */
  public static Condition units(Comparison op, long units) {
    return new Cond.Units(op, units);
  }

  /** The order value (what the buyer pays) compares with {@code amount} by {@code op}. */
  public static Condition orderValue(Comparison op, Money amount) {
    return new Cond.Value(op, amount);
  }

  /** The order value is above {@code amount}. */
  public static Condition orderValueAbove(Money amount) {
    return orderValue(Comparison.ABOVE, amount);
  }

  /** The order weight (catalog SKU weights × units) compares with {@code weight} by {@code op}. */
  public static Condition weight(Comparison op, Weight weight) {
    return new Cond.WeightIs(op, weight);
  }

  /** The buyer's hashed key (see {@link BuyerHasher}) is one of {@code buyerKeys}. */
  public static Condition buyer(String... buyerKeys) {
    return new Cond.BuyerIn(ordered(buyerKeys));
  }

  /** The shipping level the buyer chose on the channel is one of {@code levels}. */
  public static Condition shippingLevel(String... levels) {
    return new Cond.ShippingLevelIn(ordered(levels));
  }

  /** The order's margin, when known, compares with {@code amount} by {@code op}. */
  public static Condition margin(Comparison op, Money amount) {
    return new Cond.MarginIs(op, amount);
  }

  @SafeVarargs
  private static <T> Set<T> ordered(T... values) {
    return new LinkedHashSet<>(List.of(values));
  }
}
