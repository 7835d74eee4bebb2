package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.PlatformId;

/**
 * One shop of one platform, as the HTTP layer keys its caches: access tokens per shop, rate-limit
 * buckets per shop and operation. Immutable.
 *
 * @param platform the platform the shop sells on
 * @param shop the shop's id (the host's {@code ShopId} value), 1 to 64 characters without spaces
 */
public record ShopKey(PlatformId platform, String shop) {

  /** Validates the shop id. */
  public ShopKey {
    requireNonNull(platform, "platform == null");
    CallContext.checkName("shop", shop);
  }

  /** Returns the key of {@code shop} on {@code platform}. */
  public static ShopKey of(PlatformId platform, String shop) {
    return new ShopKey(platform, shop);
  }

  @Override
  public String toString() {
    return platform + "/" + shop;
  }
}
