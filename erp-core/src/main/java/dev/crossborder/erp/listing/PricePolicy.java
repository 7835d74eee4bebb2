package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.ShopId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which price rule applies in which shop: a default rule and per-shop overrides. {@link #none()}
 * publishes without a price, leaving it to a later edit. Immutable.
 *
 * @param defaultRule the rule for shops without an override, or {@code null} for no price
 * @param shopRules the per-shop overrides
 */
public record PricePolicy(@Nullable PriceRule defaultRule, Map<ShopId, PriceRule> shopRules) {

  /** Validates and copies. */
  public PricePolicy {
    shopRules = Collections.unmodifiableMap(new HashMap<>(Checks.present("shopRules", shopRules)));
  }

  /** No price: listings are published without one. */
  public static PricePolicy none() {
    return new PricePolicy(null, Map.of());
  }

  /** {@code rule} in every shop. */
  public static PricePolicy of(PriceRule rule) {
    return new PricePolicy(Checks.present("rule", rule), Map.of());
  }

  /** This policy with {@code rule} in {@code shop}. */
  public PricePolicy withShopRule(ShopId shop, PriceRule rule) {
    Map<ShopId, PriceRule> rules = new HashMap<>(shopRules);
    rules.put(Checks.present("shop", shop), Checks.present("rule", rule));
    return new PricePolicy(defaultRule, rules);
  }

  /** The rule for {@code shop}, if any. */
  public Optional<PriceRule> ruleFor(ShopId shop) {
    return Optional.ofNullable(shopRules.getOrDefault(shop, defaultRule));
  }
}
