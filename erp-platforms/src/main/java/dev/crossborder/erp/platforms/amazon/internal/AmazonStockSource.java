package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * {@link PlatformStockSource} on FBA Inventory v1 {@code getInventorySummaries} with {@code
 * details=true} at marketplace granularity for the shop's marketplace, paged by Amazon's {@code
 * nextToken}.
 */
final class AmazonStockSource implements PlatformStockSource {
  static final String OPERATION = "getInventorySummaries";

  private final SpApi api;

  AmazonStockSource(SpApi api) {
    this.api = api;
  }

  @Override
  public PlatformPage<PlatformStock> stock(Shop shop, @Nullable String cursor) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    String scope = "stock|" + shop.id() + "|" + marketplace.id();
    String token = PageCursors.decode(scope, cursor, OPERATION);
    var response = api.call(api.apis(marketplace).inventory().getInventorySummaries(
        true, "Marketplace", marketplace.id(), null, null, token, marketplace.id(), SpApi.read(shop, OPERATION)));
    PlatformPage<PlatformStock> page = StockMapper.page(response, new WireContext(OPERATION, 200));
    return new PlatformPage<>(page.items(), PageCursors.encode(scope, page.next()));
  }
}
