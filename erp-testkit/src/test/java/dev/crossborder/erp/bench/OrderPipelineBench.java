package dev.crossborder.erp.bench;

import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.splitByWarehouse;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.units;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.RoutingResult;
import dev.crossborder.erp.order.rules.Comparison;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.testkit.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Imports, audits (the rule pipeline), routes and reserves two-line orders, and compares the rate
 * with a baseline that only applies the bare conditional stock update of each line (one
 * transaction per order, two {@link InventoryRepository#apply} calls: the ledger's conditional
 * statement and its movement row) on the same store, measured in the same run. A plain {@code
 * main}, not a unit test (no timings in tests):
 *
 * <pre>
 * mvn -q -o install -DskipTests
 * mvn -q -o -pl erp-testkit test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * ERP_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -Xmx2g -cp erp-testkit/target/test-classes:erp-testkit/target/classes:erp-core/target/classes:$(cat /tmp/cp.txt) \
 *     dev.crossborder.erp.bench.OrderPipelineBench [orders] [threads] [postgresOrders]
 * </pre>
 *
 * <p>Defaults: 100,000 orders, 2 threads, 100,000 orders on PostgreSQL (skipped when {@code
 * ERP_TEST_POSTGRES_URL} is unset). Each measurement runs on a tenant of its own, over 1,000 SKUs
 * stocked in two warehouses so that every order is allocated; a warm-up pass on another tenant
 * comes first. Prints orders per second of both and the ratio pipeline / baseline. Figures and
 * their analysis: docs/benchmarks.md.
 */
public final class OrderPipelineBench {
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId SHOP = ShopId.of("bench-shop");
  private static final int SKUS = 1_000;
  private static final Warehouse NJ =
      new Warehouse(WarehouseId.of("US-NJ"), "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York"));
  private static final Warehouse SZ =
      new Warehouse(WarehouseId.of("CN-SZ"), "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai"));
  private static final OrderRules RULES =
      OrderRules.of(
          RuleSet.builder("bench", 1)
              .rule(Rule.id("bulk").when(units(Comparison.ABOVE, 50)).then(hold("bulk order")))
              .rule(Rule.id("us-first").when(always()).then(warehousesInOrder("US-NJ", "CN-SZ")))
              .rule(Rule.id("split").when(always()).then(splitByWarehouse()))
              .rule(Rule.id("post").when(always()).then(shipWith("USPS")))
              .build());
  private static final RuleContext CONTEXT = RuleContext.builder().warehouse(NJ).warehouse(SZ).build();
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

  private OrderPipelineBench() {}

  /** Runs the benchmark; arguments: orders, threads, orders on PostgreSQL. */
  public static void main(String[] args) throws Exception {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int pgOrders = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    System.out.printf("cores %d, threads %d%n", Runtime.getRuntime().availableProcessors(), threads);

    InMemoryStore memory = new InMemoryStore();
    run("warm-up in-memory", memory, Math.min(orders, 30_000), threads);
    run("in-memory", memory, orders, threads);

    if (pgOrders > 0 && System.getenv(TestDatabases.URL_ENV) != null) {
      Optional<HikariDataSource> pool = TestDatabases.postgres();
      if (pool.isPresent()) {
        JdbcStore pg = JdbcStore.builder(pool.get()).dialect(JdbcStore.Dialect.POSTGRES).migrate(true).build();
        run("warm-up PostgreSQL", pg, Math.min(pgOrders, 5_000), threads);
        run("PostgreSQL", pg, pgOrders, threads);
      }
    }
    System.exit(0);
  }

  private static void run(String label, Store store, int orders, int threads) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long units = 4L * orders / SKUS + 10;

    Erp baselineErp = stocked(store, TenantId.of("bench-base-" + run), units);
    TenantId baseTenant = baselineErp.tenant();
    AtomicLong refused = new AtomicLong();
    long base =
        timed(orders, threads, i -> {
          boolean ok =
              store.inTransaction(
                  baseTenant,
                  tx -> {
                    InventoryRepository ledger = tx.repository(InventoryRepository.class);
                    return ledger.apply(reservation("b" + i + "-1", sku(i), NJ.id(), 1 + i % 2))
                        && ledger.apply(reservation("b" + i + "-2", sku(i + 7), NJ.id(), 1));
                  });
          if (!ok) {
            refused.incrementAndGet();
          }
        });

    Erp erp = stocked(store, TenantId.of("bench-pipe-" + run), units);
    AtomicInteger allocated = new AtomicInteger();
    long pipeline =
        timed(orders, threads, i -> {
          OrderId id = erp.orders().importOrder(platformOrder(i)).order().id();
          RoutingResult r = erp.routing().route(id, RULES, CONTEXT);
          if (r.order().status() == OrderStatus.ALLOCATED) {
            allocated.incrementAndGet();
          }
        });

    double baseRate = orders * 1e9 / base;
    double pipeRate = orders * 1e9 / pipeline;
    System.out.printf(
        "%-20s %,9d orders: pipeline %,10.0f orders/s (%,d allocated); bare updates %,10.0f orders/s"
            + " (%,d refused); ratio %.3f%n",
        label, orders, pipeRate, allocated.get(), baseRate, refused.get(), pipeRate / baseRate);
  }

  private static Movement reservation(String id, SkuCode sku, WarehouseId warehouse, long q) {
    return new Movement(
        "reservation:" + id, sku, warehouse, MovementType.RESERVATION, new StockDelta(0, q, 0, 0, 0), id, "", T0);
  }

  private static SkuCode sku(int i) {
    return SkuCode.of("SKU-" + Math.floorMod(i, SKUS));
  }

  private static PlatformOrder platformOrder(int i) {
    List<OrderLine> lines =
        List.of(
            OrderLine.of("L1", sku(i), Quantity.of(1 + i % 2), Money.of("9.99", "USD")),
            OrderLine.of("L2", sku(i + 7), Quantity.of(1), Money.of("4.50", "USD")));
    Instant at = T0.plusSeconds(i);
    return new PlatformOrder(
        SHOP, "PO-" + i, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, at, at, USD, lines,
        Money.of("0.00", "USD"), Destination.of("US"), null);
  }

  /** A tenant with the shop, the SKUs and {@code units} of each SKU in both warehouses. */
  private static Erp stocked(Store store, TenantId tenant, long units) {
    AtomicLong ids = new AtomicLong();
    String prefix = tenant.value() + "-";
    Erp erp =
        Erp.builder()
            .tenant(tenant)
            .store(store)
            .clock(InstantSource.fixed(T0))
            .ids(() -> prefix + ids.incrementAndGet())
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "bench.myshopify.com", "Bench", USD, ZoneId.of("America/New_York")));
    erp.inventory().saveWarehouse(NJ);
    erp.inventory().saveWarehouse(SZ);
    for (int s = 0; s < SKUS; s++) {
      SkuCode code = sku(s);
      ProductId product = ProductId.of("P-" + s);
      erp.catalog()
          .create(
              Product.builder()
                  .id(product)
                  .title(code.value())
                  .addSku(Sku.builder().code(code).productId(product).name(code.value()).build())
                  .build());
      erp.inventory().receive("r-nj-" + s, code, NJ.id(), Quantity.of(units), "stock", false);
      erp.inventory().receive("r-sz-" + s, code, SZ.id(), Quantity.of(units), "stock", false);
    }
    return erp;
  }

  /** Runs {@code work} for 0..count-1 on {@code threads} threads; the elapsed nanoseconds. */
  private static long timed(int count, int threads, IntConsumer work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  try {
                    work.accept(i);
                  } catch (InsufficientStockException e) {
                    // counted by the callers' checks; stock is sized so that this does not happen
                  }
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    long elapsed = System.nanoTime() - t0;
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    return elapsed;
  }
}
