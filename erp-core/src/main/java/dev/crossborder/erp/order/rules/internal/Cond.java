package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.rules.Comparison;
import dev.crossborder.erp.order.rules.Condition;
import dev.crossborder.erp.order.rules.OrderFacts;
import dev.crossborder.erp.order.rules.RuleInputException;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in condition kinds. Each is a record (compared by value, so rule sets read from JSON
 * equal the ones written) whose sets are built once, so evaluation allocates nothing.
 */
public final class Cond {
  private Cond() {}

  /** Always true. */
  public record Always() implements Condition {
    @Override
    public boolean test(OrderFacts f) {
      return true;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {}
  }

  /** Every part holds. */
  public record All(List<Condition> parts) implements Condition {
    /** Copies the parts. */
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(OrderFacts f) {
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).test(f)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      parts.forEach(p -> p.readInputs(f, in));
    }
  }

  /** At least one part holds. */
  public record Any(List<Condition> parts) implements Condition {
    /** Copies the parts. */
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(OrderFacts f) {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).test(f)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      parts.forEach(p -> p.readInputs(f, in));
    }
  }

  /** The part does not hold. */
  public record Not(Condition part) implements Condition {
    @Override
    public boolean test(OrderFacts f) {
      return !part.test(f);
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      part.readInputs(f, in);
    }
  }

  /** The order's shop is one of these. */
  public record ShopIn(Set<ShopId> shops) implements Condition {
    /** Copies the set, keeping its order. */
    public ShopIn {
      shops = Sets.ordered(shops);
    }

    @Override
    public boolean test(OrderFacts f) {
      return shops.contains(f.order().shopId());
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("shop", f.order().shopId().toString());
    }
  }

  /** The order's platform is one of these. */
  public record PlatformIn(Set<PlatformId> platforms) implements Condition {
    /** Copies the set, keeping its order. */
    public PlatformIn {
      platforms = Sets.ordered(platforms);
    }

    @Override
    public boolean test(OrderFacts f) {
      return platforms.contains(f.input().platform());
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("platform", f.input().platform().toString());
    }
  }

  /** The destination country is one of these. */
  public record CountryIn(Set<String> countries) implements Condition {
    /** Copies the set, keeping its order. */
    public CountryIn {
      countries = Sets.ordered(countries);
    }

    @Override
    public boolean test(OrderFacts f) {
      return countries.contains(f.country());
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("country", f.country());
    }
  }

  /** The postcode starts with one of these prefixes; false when the postcode is unknown. */
  public record PostcodePrefix(List<String> prefixes) implements Condition {
    /** Copies the prefixes. */
    public PostcodePrefix {
      prefixes = List.copyOf(prefixes);
    }

    @Override
    public boolean test(OrderFacts f) {
      String postcode = f.input().postcode().orElse(null);
      if (postcode == null) {
        return false;
      }
      for (int i = 0; i < prefixes.size(); i++) {
        if (postcode.startsWith(prefixes.get(i))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("postcode", f.input().postcode().orElse("unknown"));
    }
  }

  /**
   * The postcode's first {@code from.length()} characters lie in {@code [from, to]} (compared as
   * text, so {@code 10000..14999} covers {@code 12345-6789}); false when the postcode is unknown
   * or shorter.
   */
  public record PostcodeRange(String from, String to) implements Condition {
    /** Requires bounds of one length, {@code from <= to}. */
    public PostcodeRange {
      if (from.isEmpty() || from.length() != to.length() || from.compareTo(to) > 0) {
        throw new RuleInputException("postcodeRange", from + ".." + to, "needs bounds of one length, from <= to");
      }
    }

    @Override
    public boolean test(OrderFacts f) {
      String postcode = f.input().postcode().orElse(null);
      if (postcode == null || postcode.length() < from.length()) {
        return false;
      }
      String head = postcode.substring(0, from.length());
      return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("postcode", f.input().postcode().orElse("unknown"));
    }
  }

  /** Some line's SKU is one of these. */
  public record AnySku(Set<SkuCode> skus) implements Condition {
    /** Copies the set, keeping its order. */
    public AnySku {
      skus = Sets.ordered(skus);
    }

    @Override
    public boolean test(OrderFacts f) {
      for (SkuCode sku : f.unitsBySku().keySet()) {
        if (skus.contains(sku)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("skus", f.unitsBySku().keySet().toString());
    }
  }

  /** Every line's SKU is one of these. */
  public record AllSkus(Set<SkuCode> skus) implements Condition {
    /** Copies the set, keeping its order. */
    public AllSkus {
      skus = Sets.ordered(skus);
    }

    @Override
    public boolean test(OrderFacts f) {
      return skus.containsAll(f.unitsBySku().keySet());
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("skus", f.unitsBySku().keySet().toString());
    }
  }

  /** Total units compared with a threshold. */
  public record Units(Comparison op, long units) implements Condition {
    @Override
    public boolean test(OrderFacts f) {
      return op.holds(Long.compare(f.totalUnits(), units));
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("units", Long.toString(f.totalUnits()));
    }
  }

  /** Order value compared with a threshold of the order's currency. */
  public record Value(Comparison op, Money amount) implements Condition {
    @Override
    public boolean test(OrderFacts f) {
      Money value = f.value();
      sameCurrency("orderValue.currency", amount, value);
      return op.holds(value.compareTo(amount));
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("orderValue", f.value().toString());
    }
  }

  /** Order weight (catalog weights × units) compared with a threshold. */
  public record WeightIs(Comparison op, Weight weight) implements Condition {
    @Override
    public boolean test(OrderFacts f) {
      return op.holds(f.weight().grams().compareTo(weight.grams()));
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("weight", f.weight().toString());
    }
  }

  /** The buyer's hashed key is one of these; false when unknown. */
  public record BuyerIn(Set<String> buyerKeys) implements Condition {
    /** Copies the set, keeping its order. */
    public BuyerIn {
      buyerKeys = Sets.ordered(buyerKeys);
    }

    @Override
    public boolean test(OrderFacts f) {
      String key = f.input().buyerKey().orElse(null);
      return key != null && buyerKeys.contains(key);
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("buyerKey", f.input().buyerKey().orElse("unknown"));
    }
  }

  /** The channel-selected shipping level is one of these (case-insensitive); false when unknown. */
  public record ShippingLevelIn(Set<String> levels) implements Condition {
    /** Copies the set, keeping its order. */
    public ShippingLevelIn {
      levels = Sets.ordered(levels);
    }

    @Override
    public boolean test(OrderFacts f) {
      String level = f.input().shippingLevel().orElse(null);
      if (level == null) {
        return false;
      }
      for (String l : levels) {
        if (l.equalsIgnoreCase(level)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("shippingLevel", f.input().shippingLevel().orElse("unknown"));
    }
  }

  /** The margin compared with a threshold of the order's currency; false when the margin is unknown. */
  public record MarginIs(Comparison op, Money amount) implements Condition {
    @Override
    public boolean test(OrderFacts f) {
      Money margin = f.input().margin().orElse(null);
      if (margin == null) {
        return false;
      }
      sameCurrency("margin.currency", amount, margin);
      return op.holds(margin.compareTo(amount));
    }

    @Override
    public void readInputs(OrderFacts f, Map<String, String> in) {
      in.put("margin", f.input().margin().map(Money::toString).orElse("unknown"));
    }
  }

  private static void sameCurrency(String field, Money threshold, Money actual) {
    if (!threshold.currency().equals(actual.currency())) {
      throw new RuleInputException(
          field, "rule " + threshold.currency() + " vs order " + actual.currency(), "differs from the order's currency");
    }
  }
}
