package dev.crossborder.erp.platforms.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.ReservationLine;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.Fault;
import dev.crossborder.erp.platforms.fake.FaultPlan;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import dev.crossborder.erp.sync.SyncSettings;
import dev.crossborder.erp.sync.metrics.ErpMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link ErpMetrics} on a {@link SimpleMeterRegistry}: every meter moves with what it counts. */
class ErpMetricsTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId GOOD = ShopId.of("amz-us");
  private static final ShopId REVOKED = ShopId.of("amz-ca");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final WarehouseId SZ = WarehouseId.of("SZ");
  private static final SyncSettings SETTINGS = SyncSettings.ofDefaults();

  private final MutableClock clock = MutableClock.at(T0);
  private final ConflictingStore store = new ConflictingStore(new InMemoryStore());
  private final FakePlatform amazon =
      FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock).pageSize(10).seed(1).build();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void syncLagImportsRateLimitsFailuresAndReservationConflictsAreExported() {
    ErpMetrics metrics = new ErpMetrics();
    metrics.bindTo(registry); // bound before the Erp exists: meters appear and move later
    Erp erp = Erp.builder().tenant(TENANT).store(store).clock(clock).connector(amazon).syncListener(metrics).build();
    metrics.watch(erp.inventory());
    for (ShopId shop : List.of(GOOD, REVOKED)) {
      erp.shops().create(Shop.of(shop, PlatformId.AMAZON, "ATVPDKIKX0DER", shop.value(), USD, ZoneId.of("UTC")));
    }
    for (int i = 0; i < 25; i++) {
      put(GOOD, "ORD-" + i, T0.minus(Duration.ofHours(1)).plusSeconds(i));
    }
    amazon.revokeAuth(REVOKED);
    amazon.inject(FaultPlan.nextCalls(1, Fault.rateLimited(Duration.ofSeconds(20))).on(Operation.ORDERS));

    erp.sync().syncNow(GOOD); // throttled at once
    erp.sync().syncNow(REVOKED);
    assertThat(erp.sync().syncNow(GOOD).outcome()).isEqualTo(Outcome.COMPLETED);
    clock.advance(SETTINGS.pollInterval());
    amazon.updateOrder(GOOD, "ORD-3", PlatformOrderStatus.SHIPPED);
    clock.advance(SETTINGS.settleDelay().plus(SETTINGS.pollInterval()));
    assertThat(erp.sync().syncNow(GOOD).outcome()).isEqualTo(Outcome.COMPLETED);

    assertThat(registry.get(ErpMetrics.IMPORTED).tag("result", "created").functionCounter().count()).isEqualTo(25);
    assertThat(registry.get(ErpMetrics.IMPORTED).tag("result", "updated").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get(ErpMetrics.RATE_LIMITED).functionCounter().count()).isEqualTo(1);
    assertThat(registry.get(ErpMetrics.FAILURES).tag("outcome", "RETRY_LATER").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get(ErpMetrics.FAILURES).tag("outcome", "AUTH_EXPIRED").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get(ErpMetrics.FAILURES).tag("outcome", "FAILED").functionCounter().count()).isZero();
    double lag = registry.get(ErpMetrics.LAG).tag("shop", GOOD.value()).gauge().value();
    assertThat(lag).isEqualTo(erp.sync().health(GOOD).lag().toSeconds());
    assertThat(registry.get(ErpMetrics.LAG).tag("shop", REVOKED.value()).gauge().value())
        .as("never read: its lag is the whole first lookback")
        .isEqualTo(SETTINGS.initialLookback().minus(SETTINGS.settleDelay()).toSeconds());

    // A reservation that loses one optimistic race is retried and counted.
    erp.catalog().create(Product.builder().id("MUG").title("Mug")
        .addSku(Sku.builder().code(MUG.value()).productId(ProductId.of("MUG")).name("Red mug").build()).build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
    assertThat(registry.get(ErpMetrics.CONFLICTS).functionCounter().count()).isZero();
    store.conflictOnce();
    erp.inventory().reserve(List.of(new ReservationLine("shp-1/L1", MUG, SZ, Quantity.of(2))));

    assertThat(erp.inventory().levels(MUG).get(0).reserved()).isEqualTo(2);
    assertThat(registry.get(ErpMetrics.CONFLICTS).functionCounter().count()).isEqualTo(1);

    // A second registry bound later sees the same values, lag gauges included.
    SimpleMeterRegistry late = new SimpleMeterRegistry();
    metrics.bindTo(late);
    assertThat(late.get(ErpMetrics.LAG).tag("shop", GOOD.value()).gauge().value()).isEqualTo(lag);
    assertThat(late.get(ErpMetrics.IMPORTED).tag("result", "created").functionCounter().count()).isEqualTo(25);
  }

  private void put(ShopId shop, String id, Instant updatedAt) {
    amazon.putOrder(shop, new PlatformOrder(shop, id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT,
        updatedAt.minusSeconds(60), updatedAt, USD,
        List.of(OrderLine.of("L1", MUG, Quantity.of(1), Money.of("9.99", "USD"))),
        Money.of("1.00", "USD"), Destination.of("US"), null));
  }

  /**
   * A store whose next top-level transaction, once armed, fails its first attempt with a {@link
   * ConcurrentUpdateException} after its work, as a lost optimistic race would; the store retries.
   */
  private static final class ConflictingStore implements Store {
    private final Store delegate;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final AtomicInteger armed = new AtomicInteger();

    ConflictingStore(Store delegate) {
      this.delegate = delegate;
    }

    void conflictOnce() {
      armed.set(1);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionCallback<T> callback) {
      int level = depth.get();
      depth.set(level + 1);
      try {
        return delegate.inTransaction(tenant, tx -> {
          T result = callback.apply(tx);
          if (level == 0 && armed.compareAndSet(1, 0)) {
            throw new ConcurrentUpdateException("simulated race");
          }
          return result;
        });
      } finally {
        depth.set(level);
      }
    }
  }
}
