package dev.crossborder.erp.warehouse.outbound;

import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.warehouse.BinManagedWarehouseException;
import dev.crossborder.erp.warehouse.Warehouses;
import dev.crossborder.erp.warehouse.carrier.FakeCarrier;
import dev.crossborder.erp.warehouse.layout.Aisle;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.BinType;
import dev.crossborder.erp.warehouse.layout.Capacity;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.layout.Zone;
import dev.crossborder.erp.warehouse.store.OutboundRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound flow on one store: 200 allocated shipments through waves, routed picks, packing,
 * labels and handover, checked against the ledger, the bins, the orders and the platform. Each run
 * uses a tenant of its own.
 */
public abstract class OutboundContract {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId SHOP = ShopId.of("shop-out");
  private static final WarehouseId WH = WarehouseId.of("SZ-OUT");
  private static final SkuCode RARE = SkuCode.of("RARE-1");
  private static final List<SkuCode> SKUS =
      List.of(SkuCode.of("S-0"), SkuCode.of("S-1"), SkuCode.of("S-2"), SkuCode.of("S-3"), SkuCode.of("S-4"));
  private static final long STOCK_PER_BIN = 100;
  private static final List<Outbound.Box> BOXES =
      List.of(
          new Outbound.Box("BIG", Dimensions.ofCentimeters("60", "40", "40"), 300),
          new Outbound.Box("SMALL", Dimensions.ofCentimeters("30", "20", "15"), 50));

  private final MutableClock clock = MutableClock.at(T0);
  private Erp erp;
  private Outbound outbound;
  private FakePlatform platform;
  private FakeCarrier carrier;

  /** The store under test (shared by the tests; each test uses its own tenant). */
  protected abstract Store store();

  @BeforeEach
  void setUp() {
    platform = FakePlatform.builder().platform(PlatformId.SHOPIFY).clock(clock).build();
    carrier = FakeCarrier.builder().clock(clock).build();
    erp =
        Erp.builder()
            .tenant(TenantId.of("out-" + UUID.randomUUID()))
            .store(store())
            .clock(clock)
            .connector(platform)
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "out.myshopify.com", "Out", USD, ZoneId.of("UTC")));
    Product.Builder product = Product.builder().id(ProductId.of("P")).title("Things");
    for (SkuCode sku : concat(SKUS, RARE)) {
      product.addSku(
          Sku.builder()
              .code(sku)
              .productId(ProductId.of("P"))
              .name("Thing " + sku)
              .barcode("69" + Math.abs(sku.value().hashCode()))
              .weight(Weight.ofGrams(100))
              .dimensions(Dimensions.ofCentimeters("10", "10", "5"))
              .build());
    }
    erp.catalog().create(product.build());
    erp.inventory().saveWarehouse(new Warehouse(WH, "Outbound", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    Warehouses warehouses = Warehouses.of(erp);
    warehouses.bins().defineLayout(layout());
    outbound = warehouses.outbound();
    // every SKU in two bins of different aisles; RARE only 2 units in one bin
    for (int i = 0; i < SKUS.size(); i++) {
      warehouses.bins().count("seed-a" + i, WH, bin(i % 4, i), SKUS.get(i), "", STOCK_PER_BIN, "opening stock");
      warehouses.bins().count("seed-b" + i, WH, bin((i + 2) % 4, 5 - i), SKUS.get(i), "", STOCK_PER_BIN, "opening stock");
    }
    warehouses.bins().count("seed-rare", WH, bin(3, 5), RARE, "", 2, "opening stock");
  }

  private static WarehouseLayout layout() {
    List<Aisle> aisles = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      List<Bin> bins = new ArrayList<>();
      for (int b = 0; b < 6; b++) {
        bins.add(new Bin(bin(a, b), b + 1, 1, 1, a * 3.0, 1.0 + b * 2, BinType.PICK, Capacity.unlimited()));
      }
      aisles.add(new Aisle("A" + a, bins));
    }
    return WarehouseLayout.of(WH, 0, 0, List.of(new Zone("MAIN", aisles)));
  }

  private static BinCode bin(int aisle, int slot) {
    return BinCode.of("A" + aisle + "-0" + slot);
  }

  private static List<SkuCode> concat(List<SkuCode> skus, SkuCode one) {
    List<SkuCode> all = new ArrayList<>(skus);
    all.add(one);
    return all;
  }

  /** 199 orders of one or two lines from the five stocked SKUs, and one of 2 RARE (whose bin is short). */
  private List<Order> allocatedOrders() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<OrderLine> lines = new ArrayList<>();
      if (i == 137) {
        lines.add(OrderLine.of("L1", RARE, Quantity.of(2), Money.of("5.00", "USD")));
      } else {
        lines.add(OrderLine.of("L1", SKUS.get(i % 5), Quantity.of(1), Money.of("5.00", "USD")));
        if (i % 2 == 1) {
          lines.add(OrderLine.of("L2", SKUS.get((i + 1) % 5), Quantity.of(2), Money.of("5.00", "USD")));
        }
      }
      orders.add(allocated(i, lines));
    }
    return orders;
  }

  /** Imports order {@code PO-i} (also placed on FakePlatform) and routes it to the warehouse. */
  private Order allocated(int i, List<OrderLine> lines) {
    OrderRules rules =
        OrderRules.of(
            RuleSet.builder("out", 1)
                .rule(Rule.id("wh").when(always()).then(warehousesInOrder(WH.value())))
                .rule(Rule.id("ship").when(always()).then(shipWith(FakeCarrier.GROUND)))
                .build());
    RuleContext context =
        RuleContext.builder().warehouse(erp.inventory().warehouse(WH).orElseThrow()).build();
    BuyerDetails buyer =
        new BuyerDetails("Ann Buyer", null, null, new Address("Ann Buyer", "1 Main St", null, "Springfield", "IL", "62701", "US"));
    Instant at = T0.minusSeconds(1000 - i);
    PlatformOrder placed =
        new PlatformOrder(
            SHOP, "PO-" + i, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, at, at, USD, lines,
            Money.of("0.00", "USD"), Destination.of("US"), buyer, null);
    platform.putOrder(SHOP, placed);
    Order imported = erp.orders().importOrder(placed).order();
    Order routed = erp.routing().route(imported.id(), rules, context).order();
    assertThat(routed.status()).isEqualTo(OrderStatus.ALLOCATED);
    return routed;
  }

  @Test
  void twoHundredShipmentsGoThroughWavesPicksPackingLabelsAndHandoverAndEverythingAgrees() {
    List<Order> orders = allocatedOrders();
    Map<SkuCode, Long> before = new HashMap<>();
    for (SkuCode sku : concat(SKUS, RARE)) {
      before.put(sku, erp.inventory().level(sku, WH).onHand());
    }
    OrderId rareOrder = orders.get(137).id();

    // waves
    WaveSettings settings = new WaveSettings(40, 120, 8, 30, Map.of(FakeCarrier.GROUND, java.time.LocalTime.of(16, 0)));
    List<WavePlan> plans = outbound.planWaves(WH, settings);
    assertThat(plans.stream().mapToInt(p -> p.shipments().size()).sum()).isEqualTo(200);
    assertThat(plans).allSatisfy(p -> assertThat(p.shipments().size()).isLessThanOrEqualTo(40));
    assertThat(plans).allSatisfy(p -> assertThat(p.units()).isLessThanOrEqualTo(120));
    assertThat(plans).anySatisfy(p -> assertThat(p.group()).endsWith("|single"));
    assertThat(plans).anySatisfy(p -> assertThat(p.group()).endsWith("|multi"));
    List<Wave> waves = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      waves.add(outbound.release("release-" + i, plans.get(i), settings));
    }
    assertThat(erp.orders().find(orders.get(0).id()).orElseThrow().status()).isEqualTo(OrderStatus.IN_FULFILLMENT);
    assertThat(waves).allSatisfy(w -> assertThat(w.routeLength()).isPositive());
    // the ledger's pick of a bin-managed warehouse goes only through the handover
    Shipment first = erp.orders().find(orders.get(0).id()).orElseThrow().shipments().get(0);
    assertThatThrownBy(() -> erp.inventory().pick(first.reservationKey(first.lines().get(0))))
        .isInstanceOf(BinManagedWarehouseException.class);
    // a replayed release returns the same wave and holds nothing twice
    assertThat(outbound.release("release-0", plans.get(0), settings).id()).isEqualTo(waves.get(0).id());

    // PDA picking: one wrong bin scan, one wrong SKU scan, one short pick (RARE, no other bin)
    boolean wrongScanDone = false;
    for (Wave wave : waves) {
      int step = 0;
      while (true) {
        PickTask task = outbound.nextTask(wave.id()).orElse(null);
        if (task == null) {
          break;
        }
        String k = wave.id() + "/" + task.seq() + "/" + step++;
        if (!wrongScanDone) {
          BinCode wrong = task.bin().equals(bin(0, 0)) ? bin(0, 1) : bin(0, 0);
          assertField(() -> outbound.scanBin(k + "-wrong-bin", wave.id(), task.seq(), wrong.value()), "bin");
          outbound.scanBin(k + "-bin", wave.id(), task.seq(), task.bin().value());
          SkuCode other = task.sku().equals(SKUS.get(0)) ? SKUS.get(1) : SKUS.get(0);
          assertField(() -> outbound.scanSku(k + "-wrong-sku", wave.id(), task.seq(), other.value()), "sku");
          wrongScanDone = true;
        } else {
          outbound.scanBin(k + "-bin", wave.id(), task.seq(), task.bin().value());
        }
        String barcode = erp.catalog().sku(task.sku()).orElseThrow().barcode().orElseThrow();
        outbound.scanSku(k + "-sku", wave.id(), task.seq(), barcode);
        long units = task.sku().equals(RARE) ? 0 : task.quantity();
        Wave after = outbound.confirmPick(k + "-confirm", wave.id(), task.seq(), units);
        // every step is idempotent by key
        assertThat(outbound.confirmPick(k + "-confirm", wave.id(), task.seq(), units).version()).isEqualTo(after.version());
      }
    }
    assertThat(wrongScanDone).isTrue();
    Order back = erp.orders().find(rareOrder).orElseThrow();
    assertThat(back.status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(back.shipments()).isEmpty();
    assertThat(erp.inventory().level(RARE, WH).reserved()).isZero();

    // packing: scan every unit (one unit not in the shipment refused), weigh, buy the label
    boolean misScanDone = false;
    Set<String> labels = new HashSet<>();
    for (Wave wave : waves) {
      Wave current = outbound.wave(wave.id()).orElseThrow();
      for (PackJob pack : current.packs()) {
        if (pack.returned()) {
          continue;
        }
        String k = wave.id() + "/" + pack.shipment();
        if (!misScanDone) {
          SkuCode notIn = SKUS.stream().filter(s -> !pack.expected().containsKey(s.value())).findFirst().orElseThrow();
          assertField(() -> outbound.scanUnit(k + "/mis", wave.id(), pack.shipment(), notIn.value()), "unit");
          assertField(() -> outbound.buyLabel(k + "/early", wave.id(), pack.shipment(), carrier), "unit");
          misScanDone = true;
        }
        int n = 0;
        long units = 0;
        for (Map.Entry<String, Long> e : pack.expected().entrySet()) {
          for (long u = 0; u < e.getValue(); u++) {
            outbound.scanUnit(k + "/u" + n++, wave.id(), pack.shipment(), e.getKey());
            units++;
          }
        }
        long grams = units * 100 + 50;
        assertField(() -> outbound.weigh(k + "/heavy", wave.id(), pack.shipment(), Weight.ofGrams(grams + 500), 20, BOXES), "weight");
        Wave weighed = outbound.weigh(k + "/w", wave.id(), pack.shipment(), Weight.ofGrams(grams + 10), 20, BOXES);
        assertThat(weighed.pack(pack.shipment()).orElseThrow().box()).isEqualTo("SMALL");
        Wave labelled = outbound.buyLabel(k + "/label", wave.id(), pack.shipment(), carrier);
        labels.add(labelled.pack(pack.shipment()).orElseThrow().trackingNumber());
      }
    }
    assertThat(misScanDone).isTrue();
    assertThat(labels).hasSize(199);

    // handover in pick (print) order
    Map<OrderId, String> tracking = new HashMap<>();
    for (Wave wave : waves) {
      List<PackJob> printed = outbound.labelsInPickOrder(wave.id());
      for (PackJob p : printed) {
        outbound.handover("hand/" + p.trackingNumber(), wave.id(), p.trackingNumber());
        tracking.put(p.order(), p.trackingNumber());
      }
    }
    assertThat(tracking).hasSize(199);

    // orders shipped with tracking; the ledger, the bins and the held bin stock agree
    Map<SkuCode, Long> shipped = new HashMap<>();
    for (Order o : orders) {
      Order now = erp.orders().find(o.id()).orElseThrow();
      if (o.id().equals(rareOrder)) {
        continue;
      }
      assertThat(now.status()).isEqualTo(OrderStatus.SHIPPED);
      Shipment s = now.shipments().get(0);
      assertThat(s.parcels().get(0).trackingNumber()).isEqualTo(tracking.get(o.id()));
      s.lines().forEach(l -> shipped.merge(l.sku(), l.quantity().value(), Long::sum));
    }
    Warehouses warehouses = Warehouses.of(erp);
    for (SkuCode sku : concat(SKUS, RARE)) {
      StockLevel level = erp.inventory().level(sku, WH);
      long inBins = warehouses.bins().stockOf(WH, sku).stream().mapToLong(BinStock::quantity).sum();
      long variance = sku.equals(RARE) ? 2 : 0;
      assertThat(level.onHand()).as("on hand of %s", sku).isEqualTo(before.get(sku) - shipped.getOrDefault(sku, 0L) - variance);
      assertThat(inBins).as("bins of %s", sku).isEqualTo(level.onHand());
      assertThat(level.reserved()).as("reserved of %s", sku).isZero();
    }
    erp.store()
        .inTransaction(
            erp.tenant(),
            tx -> {
              OutboundRepository out = tx.repository(OutboundRepository.class);
              for (Bin b : layout().bins()) {
                for (SkuCode sku : concat(SKUS, RARE)) {
                  assertThat(out.binReserved(WH, b.code(), sku)).as("held %s in %s", sku, b.code()).isZero();
                }
              }
              return null;
            });

    // the tracking upload confirms every shipped order on the platform with its tracking number
    for (int run = 0; run < 10 && erp.trackingUploads().runDue().confirmed() > 0; run++) {
      // each run sends the due jobs up to its batch size
    }
    assertThat(erp.trackingUploads().failed(10)).isEmpty();
    List<ShipmentConfirmation> confirmations = platform.confirmations(SHOP);
    assertThat(confirmations).hasSize(199);
    Set<String> confirmed = new HashSet<>();
    confirmations.forEach(c -> confirmed.add(c.trackingNumber()));
    assertThat(confirmed).isEqualTo(new HashSet<>(tracking.values()));
    assertThat(erp.orders().find(rareOrder).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
  }

  @Test
  void aShortPickBooksTheVarianceAndPicksTheRestFromAnotherBin() {
    SkuCode sku = SKUS.get(0);
    BinCode first = bin(0, 0);
    BinCode second = bin(2, 5);
    Order order = allocated(1, List.of(OrderLine.of("L1", sku, Quantity.of(3), Money.of("5.00", "USD"))));
    WaveSettings settings = WaveSettings.ofDefaults();
    List<WavePlan> plans = outbound.planWaves(WH, settings);
    assertThat(plans).hasSize(1);
    Wave wave = outbound.release("short-release", plans.get(0), settings);
    PickTask task = wave.nextTask().orElseThrow();
    assertThat(task.bin()).isEqualTo(first);
    assertThat(task.quantity()).isEqualTo(3);
    outbound.scanBin("short-b", wave.id(), task.seq(), first.value());
    outbound.scanSku("short-s", wave.id(), task.seq(), sku.value());
    assertField(() -> outbound.confirmPick("short-too-many", wave.id(), task.seq(), 4), "quantity");
    Wave afterShort = outbound.confirmPick("short-c", wave.id(), task.seq(), 1);

    // the bin counted as empty: 99 units missing, booked in the ledger; 2 units held in the other bin
    Warehouses warehouses = Warehouses.of(erp);
    assertThat(warehouses.bins().stock(WH, first)).isEmpty();
    assertThat(erp.inventory().level(sku, WH).onHand()).isEqualTo(2 * STOCK_PER_BIN - 99);
    PickTask rest = afterShort.nextTask().orElseThrow();
    assertThat(rest.bin()).isEqualTo(second);
    assertThat(rest.quantity()).isEqualTo(2);
    assertThat(rest.tote()).isEqualTo(task.tote());
    outbound.scanBin("rest-b", wave.id(), rest.seq(), second.value());
    outbound.scanSku("rest-s", wave.id(), rest.seq(), sku.value());
    outbound.confirmPick("rest-c", wave.id(), rest.seq(), 2);

    Shipment shipment = order.shipments().get(0);
    for (int u = 0; u < 3; u++) {
      outbound.scanUnit("short-u" + u, wave.id(), shipment.id(), sku.value());
    }
    assertField(() -> outbound.scanUnit("short-u3", wave.id(), shipment.id(), sku.value()), "unit");
    outbound.weigh("short-w", wave.id(), shipment.id(), Weight.ofGrams(350), 20, BOXES);
    Wave labelled = outbound.buyLabel("short-l", wave.id(), shipment.id(), carrier);
    String tracking = labelled.pack(shipment.id()).orElseThrow().trackingNumber();
    // buying again reuses the label (same idempotency key at the carrier)
    Wave again = outbound.buyLabel("short-l2", wave.id(), shipment.id(), carrier);
    assertThat(again.pack(shipment.id()).orElseThrow().trackingNumber()).isEqualTo(tracking);
    outbound.handover("short-h", wave.id(), tracking);
    assertField(() -> outbound.handover("short-h2", wave.id(), tracking), "trackingNumber");

    Order shipped = erp.orders().find(order.id()).orElseThrow();
    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shipped.shipments().get(0).parcels().get(0).trackingNumber()).isEqualTo(tracking);
    StockLevel level = erp.inventory().level(sku, WH);
    assertThat(level.onHand()).isEqualTo(2 * STOCK_PER_BIN - 99 - 3);
    assertThat(level.reserved()).isZero();
    assertThat(warehouses.bins().stockOf(WH, sku).stream().mapToLong(BinStock::quantity).sum()).isEqualTo(level.onHand());
  }

  private static void assertField(Runnable command, String field) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
