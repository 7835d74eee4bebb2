package dev.crossborder.erp.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.finance.AllocationBasis;
import dev.crossborder.erp.finance.Charge;
import dev.crossborder.erp.finance.ChargeKind;
import dev.crossborder.erp.finance.ChargeUnits;
import dev.crossborder.erp.finance.CostLayer;
import dev.crossborder.erp.finance.CostPosition;
import dev.crossborder.erp.finance.CostingMethod;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.finance.ProfitFigures;
import dev.crossborder.erp.finance.ProfitKind;
import dev.crossborder.erp.finance.ProfitLine;
import dev.crossborder.erp.finance.ProfitQuery;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.purchasing.PriceTier;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.Purchasing.DraftLine;
import dev.crossborder.erp.purchasing.ReceiptLine;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.FinanceRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FinanceRepository}: cost layers and positions stored exactly and updated
 * at their version only, costing methods, applied keys and settlement events kept once, order
 * profits replaced per kind and listed with filters and keyset paging, atomic rollback and tenant
 * isolation; and the finance service driven through {@link Erp} on the store, to the cent. {@link
 * StoreContract} runs it as its nested group {@code Finances}; a host may also extend it alone.
 * Every test writes under its own random tenant.
 */
public abstract class FinanceStoreContract {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency USD = Currency.getInstance("USD");
  private static final SkuCode MUG = SkuCode.of("MUG-01");
  private static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  private static final WarehouseId LA = WarehouseId.of("US-LA");
  private static final ShopId SHOP = ShopId.of("amazon-us");
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  private final TenantId tenant = TenantId.of("kit-" + UUID.randomUUID());

  /** Creates the contract; subclasses need no constructor of their own. */
  protected FinanceStoreContract() {}

  /** The store under test; may be shared by every test. */
  protected abstract Store store();

  @Test
  void storesCostLayersExactlyAndUpdatesThemAtTheirVersionOnly() {
    CostLayer bought = layer("po:1:r1:1", 1, LA, ExchangeRate.of("USD", "CNY", "7.1", LocalDate.of(2026, 3, 1), "ecb"));
    CostLayer moved = layer("ref:FL-1", 2, LA, null);
    call(repo -> {
      repo.insertLayer(bought.atVersion(5));
      repo.insertLayer(moved);
      return null;
    });

    assertThat(this.<Optional<CostLayer>>call(repo -> repo.layer(bought.id()))).contains(bought);
    assertThat(this.<List<CostLayer>>call(repo -> repo.layers(MUG, LA, false))).containsExactly(bought, moved);
    assertThat(this.<Long>call(repo -> repo.nextLayerSeq(MUG, LA))).isEqualTo(3);
    assertThat(this.<Long>call(repo -> repo.nextLayerSeq(MUG, SZ))).isEqualTo(1);
    assertThatThrownBy(() -> call(repo -> {
      repo.insertLayer(bought);
      return null;
    })).isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("layerId"));

    CostLayer issued = bought.withRemaining(0, Money.zero(CNY));
    CostLayer stored = call(repo -> repo.updateLayer(issued));
    assertThat(stored.version()).isEqualTo(1);
    assertThat(this.<Optional<CostLayer>>call(repo -> repo.layer(bought.id()))).contains(stored);
    assertThat(this.<List<CostLayer>>call(repo -> repo.layers(MUG, LA, true))).containsExactly(moved);
    assertThatThrownBy(() -> call(repo -> repo.updateLayer(issued))).isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void storesPositionsAtTheirVersionOnly() {
    CostPosition fresh = new CostPosition(MUG, SZ, 10, Money.of("100.00", "CNY"), 0);
    CostPosition first = call(repo -> repo.savePosition(fresh));

    assertThat(first.version()).isEqualTo(1);
    assertThat(this.<Optional<CostPosition>>call(repo -> repo.position(MUG, SZ))).contains(first);
    assertThat(this.<Boolean>call(repo -> repo.holdsUnits(SZ))).isTrue();
    assertThat(this.<Boolean>call(repo -> repo.holdsUnits(LA))).isFalse();
    assertThatThrownBy(() -> call(repo -> repo.savePosition(fresh))).isInstanceOf(ConcurrentUpdateException.class);

    CostPosition emptied = call(repo -> repo.savePosition(new CostPosition(MUG, SZ, 0, Money.zero(CNY), 1)));
    assertThat(emptied.version()).isEqualTo(2);
    assertThat(this.<Optional<CostPosition>>call(repo -> repo.position(MUG, SZ))).contains(emptied);
    assertThat(this.<Boolean>call(repo -> repo.holdsUnits(SZ))).isFalse();
    assertThatThrownBy(() -> call(repo -> repo.savePosition(first))).isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void keepsCostingMethodsAppliedKeysAndSettlementEventsOnce() {
    call(repo -> {
      repo.saveCostingMethod(SZ, CostingMethod.FIFO);
      return null;
    });
    call(repo -> {
      repo.saveCostingMethod(SZ, CostingMethod.MOVING_AVERAGE);
      repo.saveCostingMethod(LA, CostingMethod.FIFO);
      return null;
    });
    assertThat(this.<Optional<CostingMethod>>call(repo -> repo.costingMethod(SZ))).contains(CostingMethod.MOVING_AVERAGE);
    assertThat(this.<Optional<CostingMethod>>call(repo -> repo.costingMethod(LA))).contains(CostingMethod.FIFO);
    assertThat(this.<Optional<CostingMethod>>call(repo -> repo.costingMethod(WarehouseId.of("NONE")))).isEmpty();

    assertThat(this.<Boolean>call(repo -> repo.markApplied("charge:FL-1:INV-1"))).isTrue();
    assertThat(this.<Boolean>call(repo -> repo.markApplied("charge:FL-1:INV-1"))).isFalse();
    assertThat(this.<Boolean>call(repo -> repo.isApplied("charge:FL-1:INV-1"))).isTrue();
    assertThat(this.<Boolean>call(repo -> repo.isApplied("charge:FL-1:INV-2"))).isFalse();

    SettlementEvent fee = event("e2", "111-1", "-3.90");
    SettlementEvent other = event("e1", "111-1", "25.98");
    SettlementEvent noOrder = new SettlementEvent("e3", null, T0, SettlementEvent.Kind.OTHER, "Storage", Money.of("-1.00", "USD"));
    assertThat(this.<Boolean>call(repo -> repo.insertSettlementEvent(SHOP, fee))).isTrue();
    assertThat(this.<Boolean>call(repo -> repo.insertSettlementEvent(SHOP, fee))).isFalse();
    assertThat(this.<Boolean>call(repo -> repo.insertSettlementEvent(SHOP, other))).isTrue();
    assertThat(this.<Boolean>call(repo -> repo.insertSettlementEvent(SHOP, noOrder))).isTrue();
    assertThat(this.<Boolean>call(repo -> repo.insertSettlementEvent(ShopId.of("other"), fee))).isTrue();
    assertThat(this.<List<SettlementEvent>>call(repo -> repo.settlementEvents(SHOP, "111-1"))).containsExactly(other, fee);
    assertThat(this.<List<SettlementEvent>>call(repo -> repo.settlementEvents(SHOP, "111-2"))).isEmpty();
  }

  @Test
  void replacesAnOrdersProfitPerKindAndListsLinesByFilterPageByPage() {
    OrderProfit a = profit("o-a", ProfitKind.ESTIMATE, T0, "L1", "L2");
    OrderProfit b = profit("o-b", ProfitKind.ESTIMATE, T0, "L1");
    OrderProfit c = profit("o-c", ProfitKind.ESTIMATE, T0.plusSeconds(60), "L1");
    OrderProfit aActual = profit("o-a", ProfitKind.ACTUAL, T0, "L1", "L2");
    call(repo -> {
      repo.saveProfit(profit("o-a", ProfitKind.ESTIMATE, T0, "L9"));
      repo.saveProfit(c);
      repo.saveProfit(b);
      repo.saveProfit(aActual);
      return null;
    });
    call(repo -> {
      repo.saveProfit(a);
      return null;
    });

    assertThat(this.<Optional<OrderProfit>>call(repo -> repo.profit(a.orderId(), ProfitKind.ESTIMATE))).contains(a);
    assertThat(this.<Optional<OrderProfit>>call(repo -> repo.profit(a.orderId(), ProfitKind.ACTUAL))).contains(aActual);
    assertThat(this.<Optional<OrderProfit>>call(repo -> repo.profit(OrderId.of("o-none"), ProfitKind.ESTIMATE))).isEmpty();
    for (int limit : List.of(1, 2, PageRequest.MAX_LIMIT)) {
      assertThat(StoreContract.pageAll(limit, page -> call(repo -> repo.profitLines(ProfitQuery.of(ProfitKind.ESTIMATE), page))))
          .extracting(l -> l.orderId().value() + "/" + l.lineId())
          .containsExactly("o-a/L1", "o-a/L2", "o-b/L1", "o-c/L1");
    }
    assertThat(this.<dev.crossborder.erp.store.Page<ProfitLine>>call(repo -> repo.profitLines(ProfitQuery.of(ProfitKind.ESTIMATE).withOrder(OrderId.of("o-a")),
        PageRequest.first(10))).items()).containsExactlyElementsOf(a.lines());
    assertThat(this.<dev.crossborder.erp.store.Page<ProfitLine>>call(repo -> repo.profitLines(
            ProfitQuery.of(ProfitKind.ESTIMATE).withShop(SHOP).withSku(MUG).withPeriod(T0.plusSeconds(1), T0.plusSeconds(61)),
            PageRequest.first(10))).items())
        .containsExactlyElementsOf(c.lines());
    assertThat(this.<dev.crossborder.erp.store.Page<ProfitLine>>call(repo -> repo.profitLines(ProfitQuery.of(ProfitKind.ESTIMATE).withShop(ShopId.of("other")),
        PageRequest.first(10))).items()).isEmpty();
  }

  @Test
  void rollsBackEveryFinanceWriteAndKeepsTenantsApart() {
    assertThatThrownBy(() -> store().useTransaction(tenant, tx -> {
      FinanceRepository repo = tx.repository(FinanceRepository.class);
      repo.insertLayer(layer("po:1:r1:1", 1, SZ, null));
      repo.savePosition(new CostPosition(MUG, SZ, 10, Money.of("100.00", "CNY"), 0));
      repo.markApplied("k");
      repo.saveProfit(profit("o-a", ProfitKind.ESTIMATE, T0, "L1"));
      throw new IllegalStateException("callback failed");
    })).hasMessage("callback failed");

    assertThat(this.<List<CostLayer>>call(repo -> repo.layers(MUG, SZ, false))).isEmpty();
    assertThat(this.<Optional<CostPosition>>call(repo -> repo.position(MUG, SZ))).isEmpty();
    assertThat(this.<Boolean>call(repo -> repo.isApplied("k"))).isFalse();

    call(repo -> repo.markApplied("k"));
    TenantId other = TenantId.of("kit-" + UUID.randomUUID());
    assertThat(store().<Boolean>inTransaction(other, tx -> tx.repository(FinanceRepository.class).isApplied("k"))).isFalse();
  }

  @Test
  void financeServiceComputesAnOrdersProfitToTheCentOnThisStore() {
    MutableClock clock = MutableClock.at(T0);
    Erp erp = Erp.builder().tenant(tenant).store(store()).clock(clock).baseCurrency(CNY)
        .exchangeRates(FixedExchangeRates.builder().rate("USD", "CNY", "7.1").rate("CNY", "USD", "0.14").build())
        .build();
    erp.catalog().create(Product.builder().id("P1").title("Mug")
        .addSku(Sku.builder().code(MUG).productId(ProductId.of("P1")).name("Mug").build()).build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.inventory().saveWarehouse(new Warehouse(LA, "Los Angeles", "US", WarehouseKind.OWN, ZoneId.of("America/Los_Angeles")));
    erp.shops().create(Shop.of(SHOP, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme US", USD, ZoneId.of("America/Los_Angeles")));
    SupplierId acme = SupplierId.of("acme");
    erp.purchasing().saveSupplier(new Supplier(acme, "Factory", null, CNY, "net 30", 4, false));
    erp.purchasing().saveOffer(new SupplierOffer(acme, MUG, CNY,
        List.of(new PriceTier(1, UnitAmount.of("10.00", "CNY"))), 1, 1, 10, false));
    erp.finance().setCostingMethod(LA, CostingMethod.FIFO);
    PurchaseOrder po = erp.purchasing().addToDraft(acme, SZ, List.of(new DraftLine(MUG, 30, null)));
    erp.purchasing().approve(po.id());
    erp.purchasing().markOrdered(po.id(), null, LocalDate.of(2026, 4, 1));
    erp.purchasing().receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 30)));
    erp.finance().transfer("FL-1", MUG, SZ, LA, 10);
    erp.finance().addCharges("FL-1",
        List.of(new Charge("INV-1", ChargeKind.FREIGHT, Money.of("10.00", "USD"), LocalDate.of(2026, 3, 1))),
        AllocationBasis.QUANTITY, List.of(ChargeUnits.of(MUG, LA, 10)));
    // LA holds 10 mugs worth 100.00 + 71.00 freight: 17.10 CNY each

    Order imported = erp.orders().importOrder(new PlatformOrder(SHOP, "111-1", PlatformOrderStatus.UNSHIPPED,
        FulfillmentChannel.MERCHANT, T0, T0, USD, List.of(OrderLine.of("L1", MUG, Quantity.of(2), Money.of("12.99", "USD"))),
        Money.of("3.90", "USD"), Destination.of("US"), null)).order();
    Shipment shipment = new Shipment(ShipmentId.of("S-1"), LA, null, List.of(new ShipmentLine("L1", MUG, Quantity.of(2))), List.of());
    store().useTransaction(tenant, tx -> tx.repository(OrderRepository.class)
        .update(imported.toBuilder().shipments(List.of(shipment)).status(OrderStatus.ALLOCATED).build()));

    OrderProfit estimate = erp.finance().recordShipment(imported.id(), Money.of("5.00", "USD"));
    erp.finance().applySettlement(SHOP, List.of(event("e1", "111-1", "-4.40")));

    // USD: 25.98 − 3.90 − 4.79 (34.20 CNY × 0.14) − 5.00 = 12.29
    assertThat(estimate.shop().profit()).isEqualTo(Money.of("12.29", "USD"));
    // CNY: 184.46 − 27.69 − 34.20 − 35.50 = 87.07
    assertThat(estimate.base().profit()).isEqualTo(Money.of("87.07", "CNY"));
    OrderProfit actual = erp.finance().profit(imported.id(), ProfitKind.ACTUAL).orElseThrow();
    assertThat(actual.shop().profit()).isEqualTo(Money.of("11.79", "USD"));
    assertThat(actual.base().profit()).isEqualTo(Money.of("83.52", "CNY"));
    assertThat(erp.finance().profit(imported.id(), ProfitKind.ESTIMATE)).contains(estimate);
    assertThat(erp.finance().position(MUG, LA).value()).isEqualTo(Money.of("136.80", "CNY"));
    assertThat(erp.finance().position(MUG, SZ).value()).isEqualTo(Money.of("200.00", "CNY"));
  }

  // ---- helpers

  private <T> T call(Function<FinanceRepository, T> work) {
    return store().inTransaction(tenant, tx -> work.apply(tx.repository(FinanceRepository.class)));
  }

  private static CostLayer layer(String id, long seq, WarehouseId warehouse, ExchangeRate rate) {
    Money value = Money.of("71.00", "CNY");
    return new CostLayer(id, MUG, warehouse, id.startsWith("po:") ? "po:1:r1" : "FL-1", seq, T0.plusSeconds(seq), 10, 10,
        rate == null ? null : UnitAmount.of("1.000000", "USD"), rate, value, Money.of("0.01", "CNY"), value, 0);
  }

  private static SettlementEvent event(String id, String order, String amount) {
    Money money = Money.of(amount, "USD");
    return new SettlementEvent(id, order, T0, money.isNegative() ? SettlementEvent.Kind.FEE : SettlementEvent.Kind.REVENUE,
        money.isNegative() ? "Commission" : "Principal", money);
  }

  private static OrderProfit profit(String order, ProfitKind kind, Instant at, String... lineIds) {
    List<ProfitLine> lines = new ArrayList<>();
    ExchangeRate toBase = ExchangeRate.of("USD", "CNY", "7.1", LocalDate.of(2026, 3, 1), "fixed");
    ExchangeRate toShop = ExchangeRate.of("CNY", "USD", "0.14", LocalDate.of(2026, 3, 1), "fixed");
    for (String lineId : lineIds) {
      lines.add(new ProfitLine(OrderId.of(order), SHOP, kind, lineId, MUG, 2, 1, at,
          new ProfitFigures(Money.of("25.98", "USD"), Money.of("3.90", "USD"), Money.of("2.80", "USD"),
              Money.of("4.97", "USD")),
          new ProfitFigures(Money.of("184.46", "CNY"), Money.of("27.69", "CNY"), Money.of("20.00", "CNY"),
              Money.of("35.50", "CNY")),
          toBase, toShop));
    }
    return new OrderProfit(OrderId.of(order), SHOP, kind, at, lines);
  }
}
