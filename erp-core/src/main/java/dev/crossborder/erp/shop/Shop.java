package dev.crossborder.erp.shop;

import dev.crossborder.erp.kernel.internal.Checks;
import java.time.ZoneId;
import java.util.Currency;

/**
 * One authorized seller account on one platform and marketplace (店铺). Immutable.
 *
 * @param id the shop's id within the tenant
 * @param platform the platform it sells on
 * @param marketplace the marketplace or site, in the platform's own terms (an Amazon marketplace
 *     id such as {@code ATVPDKIKX0DER}, {@code EBAY_GB}, a Shopify domain)
 * @param name the seller's name for the shop
 * @param currency the currency the shop sells in
 * @param zone the time zone business dates of the shop are counted in
 * @param status whether the SDK works the shop
 * @param version the optimistic version checked by the store on update (0 before first save)
 */
public record Shop(
    ShopId id,
    PlatformId platform,
    String marketplace,
    String name,
    Currency currency,
    ZoneId zone,
    ShopStatus status,
    long version) {

  /** Validates every field. */
  public Shop {
    Checks.present("shopId", id);
    Checks.present("platform", platform);
    marketplace = Checks.text("marketplace", marketplace, 100);
    name = Checks.text("name", name, 200);
    Checks.present("currency", currency);
    Checks.present("zone", zone);
    Checks.present("status", status);
    Checks.nonNegative("version", version);
  }

  /** A new, active shop (version 0). */
  public static Shop of(
      ShopId id, PlatformId platform, String marketplace, String name, Currency currency, ZoneId zone) {
    return new Shop(id, platform, marketplace, name, currency, zone, ShopStatus.ACTIVE, 0);
  }

  /** This shop with another status (same version; the store increments it on save). */
  public Shop withStatus(ShopStatus status) {
    return new Shop(id, platform, marketplace, name, currency, zone, status, version);
  }

  /** This shop at {@code version}; used by stores. */
  public Shop withVersion(long version) {
    return new Shop(id, platform, marketplace, name, currency, zone, status, version);
  }
}
