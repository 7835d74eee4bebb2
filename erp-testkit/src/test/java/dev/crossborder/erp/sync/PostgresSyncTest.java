package dev.crossborder.erp.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import dev.crossborder.erp.testkit.support.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Two {@link Erp} instances syncing one tenant through two PostgreSQL pools, as two host instances
 * would: the shops are shared, each held by one instance, and a stopped instance's shops move to
 * the other with nothing lost or duplicated. Skipped without PostgreSQL, like the store contract.
 */
class PostgresSyncTest {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final int SHOPS = 6;

  private final TenantId tenant = TenantId.of("sync-" + UUID.randomUUID().toString().substring(0, 8));
  private final MutableClock clock = MutableClock.at(T0);
  private final Source source = new Source();
  private int nextOrder;

  @Test
  void twoInstancesShareTheShopsAndTheSurvivorTakesOverWithNothingLostOrDuplicated() {
    HikariDataSource pool = TestDatabases.assumePostgres();
    JdbcStore first = JdbcStore.builder(pool).dialect(JdbcStore.Dialect.POSTGRES).migrate(true).build();
    JdbcStore second = JdbcStore.postgres(TestDatabases.secondPool(pool));
    Erp a = erp(first, "host-a");
    Erp b = erp(second, "host-b");
    List<ShopId> shops = new ArrayList<>();
    for (int i = 0; i < SHOPS; i++) {
      ShopId id = ShopId.of("shop-" + i);
      a.shops().create(Shop.of(id, PlatformId.AMAZON, "ATVPDKIKX0DER", "Shop " + i, USD, ZoneId.of("UTC")));
      shops.add(id);
      for (int n = 0; n < 30; n++) {
        put(id, T0.minusSeconds(600 + 60L * n));
      }
    }
    for (int i = 0; i < SHOPS; i += 2) {
      assertThat(b.sync().syncNow(shops.get(i)).outcome()).isEqualTo(Outcome.COMPLETED);
    }

    for (int round = 0; round < 6; round++) {
      List<SyncReport> byA = a.sync().runOnce();
      List<SyncReport> byB = b.sync().runOnce();
      assertThat(byA).noneMatch(r -> r.outcome() == Outcome.COMPLETED && shops.indexOf(r.shop()) % 2 == 0);
      assertThat(byB).noneMatch(r -> r.outcome() == Outcome.COMPLETED && shops.indexOf(r.shop()) % 2 == 1);
      clock.advance(Duration.ofSeconds(30));
      for (ShopId shop : shops) {
        put(shop, clock.instant());
      }
    }
    a.sync().stop();
    for (int round = 0; round < 6; round++) {
      b.sync().runOnce();
      clock.advance(Duration.ofSeconds(30));
      for (ShopId shop : shops) {
        put(shop, clock.instant());
      }
    }
    clock.advance(Duration.ofMinutes(5));
    b.sync().runOnce();

    for (ShopId shop : shops) {
      assertThat(b.sync().health(shop).leaseOwner()).isEqualTo("host-b");
      List<String> stored =
          b.orders().list(OrderQuery.all().withShop(shop), PageRequest.first(1000)).items().stream()
              .map(o -> o.platformOrderId())
              .toList();
      assertThat(stored).as("orders of %s, each once", shop).containsExactlyInAnyOrderElementsOf(source.ids(shop));
    }
  }

  private Erp erp(JdbcStore store, String instance) {
    return Erp.builder().tenant(tenant).store(store).clock(clock).instanceId(instance).connector(source).build();
  }

  private void put(ShopId shop, Instant updatedAt) {
    source.orders.add(
        new PlatformOrder(
            shop,
            "ORD-" + (++nextOrder),
            PlatformOrderStatus.UNSHIPPED,
            FulfillmentChannel.MERCHANT,
            updatedAt,
            updatedAt,
            USD,
            List.of(OrderLine.of("L1", SkuCode.of("MUG-RED"), Quantity.of(1), Money.of("9.99", "USD"))),
            Money.of("1.00", "USD"),
            Destination.of("US"),
            null));
  }

  /** Orders in pages of seven; the cursor is an offset into the window's orders. */
  private static final class Source implements PlatformConnector, OrderSource {
    final List<PlatformOrder> orders = new ArrayList<>();

    List<String> ids(ShopId shop) {
      return orders.stream().filter(o -> o.shopId().equals(shop)).map(PlatformOrder::platformOrderId).toList();
    }

    @Override
    public PlatformId platform() {
      return PlatformId.AMAZON;
    }

    @Override
    public <T extends Capability> Optional<T> capability(Class<T> type) {
      return type == OrderSource.class ? Optional.of(type.cast(this)) : Optional.empty();
    }

    @Override
    public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
      List<PlatformOrder> inWindow =
          orders.stream()
              .filter(o -> o.shopId().equals(shop.id()))
              .filter(o -> !o.updatedAt().isBefore(window.from()) && o.updatedAt().isBefore(window.to()))
              .sorted(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId))
              .toList();
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      int to = Math.min(from + 7, inWindow.size());
      return new PlatformPage<>(inWindow.subList(from, to), to < inWindow.size() ? String.valueOf(to) : null);
    }
  }
}
