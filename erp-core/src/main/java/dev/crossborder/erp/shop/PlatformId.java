package dev.crossborder.erp.shop;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.Locale;

/**
 * A selling platform. An open set: the constants name the platforms the SDK knows, and {@link
 * #of(String)} admits any other (a regional marketplace, a host's own storefront). Values are
 * upper-case tokens, so {@code of("amazon")} equals {@link #AMAZON}.
 *
 * @param value the platform's upper-case name
 */
public record PlatformId(String value) implements TypedId {
  /** Amazon Selling Partner API. */
  public static final PlatformId AMAZON = new PlatformId("AMAZON");
  /** eBay Sell APIs. */
  public static final PlatformId EBAY = new PlatformId("EBAY");
  /** Shopify Admin API. */
  public static final PlatformId SHOPIFY = new PlatformId("SHOPIFY");
  /** Walmart Marketplace. */
  public static final PlatformId WALMART = new PlatformId("WALMART");
  /** AliExpress (速卖通). */
  public static final PlatformId ALIEXPRESS = new PlatformId("ALIEXPRESS");
  /** TikTok Shop. */
  public static final PlatformId TIKTOK = new PlatformId("TIKTOK");
  /** Temu. */
  public static final PlatformId TEMU = new PlatformId("TEMU");
  /** Wish. */
  public static final PlatformId WISH = new PlatformId("WISH");

  /** Validates the value and upper-cases it. */
  public PlatformId {
    value = Checks.token("platform", value, 32).toUpperCase(Locale.ROOT);
  }

  /** Returns the platform named {@code value}, known or custom. */
  public static PlatformId of(String value) {
    return new PlatformId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
