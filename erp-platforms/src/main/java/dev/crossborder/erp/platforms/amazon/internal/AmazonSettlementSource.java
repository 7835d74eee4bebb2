package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.platform.SettlementSource;
import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * {@link SettlementSource} on Finances API v0 {@code listFinancialEvents} for the window's posted
 * dates, 100 events a page, paged by Amazon's {@code NextToken}. The financial events of a seller
 * account are not per marketplace: a shop of a unified account reads the events of its region.
 */
final class AmazonSettlementSource implements SettlementSource {
  static final String OPERATION = "listFinancialEvents";
  private static final int PAGE_SIZE = 100;

  private final SpApi api;

  AmazonSettlementSource(SpApi api) {
    this.api = api;
  }

  @Override
  public PlatformPage<SettlementEvent> settlements(Shop shop, OrderWindow window, @Nullable String cursor) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    String scope = "finances|" + shop.id() + "|" + window.from() + "|" + window.to();
    String token = PageCursors.decode(scope, cursor, OPERATION);
    var response = api.call(api.apis(marketplace).finances().listFinancialEvents(
        PAGE_SIZE, token == null ? window.from().toString() : null, token == null ? window.to().toString() : null,
        token, SpApi.read(shop, OPERATION)));
    PlatformPage<SettlementEvent> page = FinanceMapper.page(response, new WireContext(OPERATION, 200));
    return new PlatformPage<>(page.items(), PageCursors.encode(scope, page.next()));
  }
}
