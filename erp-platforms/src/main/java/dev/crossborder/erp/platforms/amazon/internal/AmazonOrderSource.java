package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.shop.Shop;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link OrderSource} on Orders API v2026-01-01 {@code searchOrders}, by last-update time, for the
 * shop's marketplace, 100 orders a page, with {@code FULFILLMENT,PROCEEDS,RECIPIENT} (no {@code
 * BUYER}: that needs a restricted data token).
 *
 * <p>Window edges: the window's {@code from} goes to {@code lastUpdatedAfter}, which Amazon treats
 * as inclusive, and {@code to} to {@code lastUpdatedBefore}; because the model does not say whether
 * that bound is inclusive, every page is filtered to {@code from <= lastUpdatedTime < to} here, so
 * an order updated exactly at {@code to} is left to the next window. Amazon requires {@code
 * lastUpdatedBefore} to lie at least two minutes in the past and may answer a later one with a 400;
 * the sync engine's windows end behind its clock. A page may repeat orders (the import stores each
 * once); a filtered page may be empty while a next page follows.
 */
final class AmazonOrderSource implements OrderSource {
  static final String OPERATION = "searchOrders";
  static final String INCLUDED = "FULFILLMENT,PROCEEDS,RECIPIENT";
  private static final int PAGE_SIZE = 100;

  private final SpApi api;

  AmazonOrderSource(SpApi api) {
    this.api = api;
  }

  @Override
  public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(window, "window == null");
    String scope = "orders|" + shop.id() + "|" + marketplace.id() + "|" + window.from() + "|" + window.to();
    String token = PageCursors.decode(scope, cursor, OPERATION);
    var response = api.call(api.apis(marketplace).orders().searchOrders(
        null, null, iso(window.from()), iso(window.to()), null, marketplace.id(), null, PAGE_SIZE, token, INCLUDED,
        SpApi.read(shop, OPERATION)));
    PlatformPage<PlatformOrder> page = OrderMapper.page(shop.id(), response, new WireContext(OPERATION, 200));
    List<PlatformOrder> inWindow = new ArrayList<>(page.items().size());
    for (PlatformOrder order : page.items()) {
      Instant updated = order.updatedAt();
      if (!updated.isBefore(window.from()) && updated.isBefore(window.to())) {
        inWindow.add(order);
      }
    }
    return new PlatformPage<>(inWindow, PageCursors.encode(scope, page.next()), page.rejected());
  }

  static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
