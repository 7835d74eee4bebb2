package dev.crossborder.erp.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.purchasing.Purchasing.DraftLine;
import dev.crossborder.erp.purchasing.PriceTier;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.ReceiptLine;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinanceTest {
  static final Currency CNY = Currency.getInstance("CNY");
  static final SkuCode MUG = SkuCode.of("MUG-01");
  static final SkuCode CUP = SkuCode.of("CUP-01");
  static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  static final WarehouseId LA = WarehouseId.of("US-LA");
  static final SupplierId ACME = SupplierId.of("acme");
  static final SupplierId YANKEE = SupplierId.of("yankee");
  static final ShopId SHOP = ShopId.of("amazon-us");
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  final MutableClock clock = MutableClock.at(T0);
  final InMemoryStore store = new InMemoryStore();
  Erp erp;
  Finance finance;

  @BeforeEach
  void setUp() {
    erp = Erp.builder().tenant(TenantId.of("fin")).clock(clock).store(store).baseCurrency(CNY)
        .exchangeRates(FixedExchangeRates.builder().rate("USD", "CNY", "7.1").rate("CNY", "USD", "0.14").build())
        .build();
    finance = erp.finance();
    erp.catalog().create(Product.builder().id("P1").title("Mug")
        .addSku(Sku.builder().code(MUG).productId(ProductId.of("P1")).name("Mug").build())
        .addSku(Sku.builder().code(CUP).productId(ProductId.of("P1")).name("Cup").build())
        .build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.inventory().saveWarehouse(new Warehouse(LA, "Los Angeles", "US", WarehouseKind.OWN, ZoneId.of("America/Los_Angeles")));
    erp.shops().create(Shop.of(SHOP, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme US", Currency.getInstance("USD"),
        ZoneId.of("America/Los_Angeles")));
    supplier(ACME, CNY, "10.00", "9.00");
    supplier(YANKEE, Currency.getInstance("USD"), "1.50", "1.50");
  }

  void supplier(SupplierId id, Currency currency, String small, String bulk) {
    erp.purchasing().saveSupplier(new Supplier(id, "Factory " + id, null, currency, "net 30", 4, false));
    for (SkuCode sku : List.of(MUG, CUP)) {
      erp.purchasing().saveOffer(new SupplierOffer(id, sku, currency,
          List.of(new PriceTier(1, UnitAmount.of(small, currency.getCurrencyCode())),
              new PriceTier(100, UnitAmount.of(bulk, currency.getCurrencyCode()))),
          1, 1, 10, false));
    }
  }

  PurchaseOrder received(SupplierId supplier, SkuCode sku, long ordered, long received) {
    PurchaseOrder po = erp.purchasing().addToDraft(supplier, SZ, List.of(new DraftLine(sku, ordered, null)));
    erp.purchasing().approve(po.id());
    erp.purchasing().markOrdered(po.id(), null, LocalDate.of(2026, 4, 1));
    return erp.purchasing().receive(po.id(), "r1", List.of(ReceiptLine.of(sku, received)));
  }

  /** 10 mugs at 10.00 CNY (100.00) then 100 at 9.00 CNY (900.00): 110 units worth 1000.00 CNY. */
  void twoMugLayers() {
    received(ACME, MUG, 30, 10);
    received(ACME, MUG, 100, 100);
  }

  // ---- cost in

  @Test
  void receiptAddsACostLayerConvertedAtTheReceiptsRateAndRecordsTheRate() {
    PurchaseOrder po = received(YANKEE, MUG, 40, 40);

    List<CostLayer> layers = finance.layers(MUG, SZ);
    assertThat(layers).hasSize(1);
    CostLayer layer = layers.get(0);
    assertThat(layer.purchaseUnitPrice()).isEqualTo(UnitAmount.of("1.50", "USD"));
    assertThat(layer.rate()).isEqualTo(ExchangeRate.of("USD", "CNY", "7.1", LocalDate.of(2026, 3, 1), "fixed"));
    assertThat(layer.purchaseValue()).isEqualTo(Money.of("426.00", "CNY"));
    assertThat(layer.source()).isEqualTo("po:" + po.id().value() + ":r1");
    assertThat(finance.position(MUG, SZ).quantity()).isEqualTo(40);
    assertThat(finance.position(MUG, SZ).value()).isEqualTo(Money.of("426.00", "CNY"));

    // the same receipt again is a no-op for purchasing and for cost
    erp.purchasing().receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 40)));
    assertThat(finance.layers(MUG, SZ)).hasSize(1);
  }

  @Test
  void receiptWithoutAnExchangeRateIsRefusedAndReceivesNothing() {
    Currency eur = Currency.getInstance("EUR");
    supplier(SupplierId.of("euro"), eur, "2.00", "2.00");
    PurchaseOrder po = erp.purchasing().addToDraft(SupplierId.of("euro"), SZ, List.of(new DraftLine(MUG, 5, null)));
    erp.purchasing().approve(po.id());
    erp.purchasing().markOrdered(po.id(), null, LocalDate.of(2026, 4, 1));

    assertThatThrownBy(() -> erp.purchasing().receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 5))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.field()).isEqualTo("exchangeRate");
          assertThat(e.value()).isEqualTo("EUR/CNY on 2026-03-01");
        });
    assertThat(erp.inventory().level(MUG, SZ).onHand()).isZero();
    assertThat(erp.purchasing().purchaseOrder(po.id()).orElseThrow().lines().get(0).received()).isZero();
    assertThat(finance.layers(MUG, SZ)).isEmpty();
  }

  // ---- cost out: golden cases

  @Test
  void fifoIssuesTheOldestLayerFirst() {
    finance.setCostingMethod(SZ, CostingMethod.FIFO);
    twoMugLayers();

    CostLayer moved = finance.transfer("FL-1", MUG, SZ, LA, 15);

    // 10 × 10.00 + 5 × 9.00
    assertThat(moved.purchaseValue()).isEqualTo(Money.of("145.00", "CNY"));
    assertThat(finance.position(MUG, SZ).value()).isEqualTo(Money.of("855.00", "CNY"));
    assertThat(finance.layers(MUG, SZ)).extracting(CostLayer::remaining).containsExactly(0L, 95L);
    assertThat(finance.position(MUG, LA).value()).isEqualTo(Money.of("145.00", "CNY"));
  }

  @Test
  void movingAverageIssuesAtThePoolsAverageAndTheLastUnitTakesTheRest() {
    twoMugLayers();

    // 1000.00 × 15 / 110 = 136.3636… → 136.36
    assertThat(finance.transfer("FL-1", MUG, SZ, LA, 15).purchaseValue()).isEqualTo(Money.of("136.36", "CNY"));
    // 863.64 × 94 / 95 = 854.549… → 854.55; then the last unit takes 9.09
    assertThat(finance.transfer("FL-2", MUG, SZ, LA, 94).purchaseValue()).isEqualTo(Money.of("854.55", "CNY"));
    assertThat(finance.transfer("FL-3", MUG, SZ, LA, 1).purchaseValue()).isEqualTo(Money.of("9.09", "CNY"));
    assertThat(finance.position(MUG, SZ)).satisfies(p -> {
      assertThat(p.quantity()).isZero();
      assertThat(p.value()).isEqualTo(Money.zero(CNY));
    });
    assertThat(finance.position(MUG, LA).value()).isEqualTo(Money.of("1000.00", "CNY"));
  }

  @Test
  void refusesToChangeTheCostingMethodOfAWarehouseHoldingUnits() {
    received(ACME, MUG, 30, 10);

    assertThatThrownBy(() -> finance.setCostingMethod(SZ, CostingMethod.FIFO))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.field()).isEqualTo("costingMethod"));
    assertThat(finance.costingMethod(SZ)).isEqualTo(CostingMethod.MOVING_AVERAGE);
  }

  // ---- charges

  @Test
  void freightIsSpreadOverAShipmentsUnitsWithoutLosingAFen() {
    finance.setCostingMethod(LA, CostingMethod.FIFO);
    received(ACME, MUG, 30, 30);
    received(ACME, CUP, 30, 30);
    finance.transfer("FL-1", MUG, SZ, LA, 20);
    finance.transfer("FL-1", CUP, SZ, LA, 10);

    ChargeAllocation allocation = finance.addCharges("FL-1",
        List.of(new Charge("INV-7", ChargeKind.FREIGHT, Money.of("100.00", "USD"), LocalDate.of(2026, 3, 2))),
        AllocationBasis.WEIGHT,
        List.of(new ChargeUnits(MUG, LA, 20, new BigDecimal("7"), null),
            new ChargeUnits(CUP, LA, 10, new BigDecimal("2"), null)));

    assertThat(allocation.total()).isEqualTo(Money.of("710.00", "CNY"));
    assertThat(allocation.rates()).extracting(ExchangeRate::rate).containsExactly(new BigDecimal("7.1"));
    // 710.00 × 7/9 = 552.222… and × 2/9 = 157.777…: the spare fen goes to the larger remainder
    assertThat(allocation.shares()).extracting(ChargeAllocation.Share::amount)
        .containsExactly(Money.of("552.22", "CNY"), Money.of("157.78", "CNY"));
    assertThat(finance.position(MUG, LA).value()).isEqualTo(Money.of("752.22", "CNY"));
    assertThat(finance.layers(MUG, LA).get(0).charges()).isEqualTo(Money.of("552.22", "CNY"));
    assertThat(finance.layers(MUG, LA).get(0).landedValue()).isEqualTo(Money.of("752.22", "CNY"));

    // the same invoice again adds nothing
    ChargeAllocation again = finance.addCharges("FL-1",
        List.of(new Charge("INV-7", ChargeKind.FREIGHT, Money.of("100.00", "USD"), LocalDate.of(2026, 3, 2))),
        AllocationBasis.QUANTITY, List.of(ChargeUnits.of(MUG, LA, 20)));
    assertThat(again.total()).isEqualTo(Money.zero(CNY));
    assertThat(finance.position(MUG, LA).value()).isEqualTo(Money.of("752.22", "CNY"));
  }

  @Test
  void allocationBasisWithAZeroTotalIsRefusedAndNothingIsWritten() {
    received(ACME, MUG, 30, 30);
    finance.transfer("FL-1", MUG, SZ, LA, 20);

    assertThatThrownBy(() -> finance.addCharges("FL-1",
            List.of(new Charge("INV-1", ChargeKind.DUTY, Money.of("50.00", "CNY"), LocalDate.of(2026, 3, 2))),
            AllocationBasis.VOLUME, List.of(new ChargeUnits(MUG, LA, 20, null, BigDecimal.ZERO))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("basis");
          assertThat(e.value()).isEqualTo("VOLUME");
        });
    assertThat(finance.position(MUG, LA).value()).isEqualTo(Money.of("200.00", "CNY"));
  }

  @Test
  void chargeWithoutAnExchangeRateIsRefusedAndNothingIsWritten() {
    received(ACME, MUG, 30, 30);
    finance.transfer("FL-1", MUG, SZ, LA, 20);

    assertThatThrownBy(() -> finance.addCharges("FL-1",
            List.of(new Charge("INV-1", ChargeKind.FREIGHT, Money.of("10.00", "CNY"), LocalDate.of(2026, 3, 2)),
                new Charge("INV-2", ChargeKind.FEE, Money.of("10.00", "EUR"), LocalDate.of(2026, 3, 2))),
            AllocationBasis.QUANTITY, List.of(ChargeUnits.of(MUG, LA, 20))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("exchangeRate"));
    assertThat(finance.position(MUG, LA).value()).isEqualTo(Money.of("200.00", "CNY"));
    assertThat(finance.layers(MUG, LA).get(0).charges()).isEqualTo(Money.zero(CNY));
  }

  // ---- profit

  Order shippedOrder(String platformOrderId, long mugs, String fees) {
    Money price = Money.of("12.99", "USD");
    List<OrderLine> lines = new ArrayList<>(List.of(OrderLine.of("L1", MUG, Quantity.of(mugs), price)));
    Order order = erp.orders().importOrder(new PlatformOrder(SHOP, platformOrderId, PlatformOrderStatus.UNSHIPPED,
        FulfillmentChannel.MERCHANT, T0, T0, Currency.getInstance("USD"), lines, Money.of(fees, "USD"),
        Destination.of("US"), null)).order();
    Shipment shipment = new Shipment(ShipmentId.of("S-" + platformOrderId), SZ, null,
        List.of(new ShipmentLine("L1", MUG, Quantity.of(mugs))), List.of());
    store.useTransaction(erp.tenant(), tx -> tx.repository(OrderRepository.class)
        .update(order.toBuilder().shipments(List.of(shipment)).status(OrderStatus.ALLOCATED).build()));
    return erp.orders().find(order.id()).orElseThrow();
  }

  @Test
  void estimatesAnOrdersProfitToTheCentInShopAndBaseCurrency() {
    received(ACME, MUG, 30, 10); // 10.00 CNY a mug
    Order order = shippedOrder("111-1", 2, "3.90");

    OrderProfit profit = finance.recordShipment(order.id(), Money.of("35.50", "CNY"));

    assertThat(profit.kind()).isEqualTo(ProfitKind.ESTIMATE);
    assertThat(profit.shop()).isEqualTo(new ProfitFigures(Money.of("25.98", "USD"), Money.of("3.90", "USD"),
        Money.of("2.80", "USD"), Money.of("4.97", "USD")));
    assertThat(profit.shop().profit()).isEqualTo(Money.of("14.31", "USD"));
    assertThat(profit.base()).isEqualTo(new ProfitFigures(Money.of("184.46", "CNY"), Money.of("27.69", "CNY"),
        Money.of("20.00", "CNY"), Money.of("35.50", "CNY")));
    assertThat(profit.base().profit()).isEqualTo(Money.of("101.27", "CNY"));
    assertThat(profit.shopToBase().rate()).isEqualByComparingTo("7.1");
    assertThat(profit.baseToShop().rate()).isEqualByComparingTo("0.14");
    assertThat(finance.position(MUG, SZ).quantity()).isEqualTo(8);
    assertThat(finance.position(MUG, SZ).value()).isEqualTo(Money.of("80.00", "CNY"));

    // recording it again issues nothing more
    assertThat(finance.recordShipment(order.id(), Money.of("35.50", "CNY"))).isEqualTo(profit);
    assertThat(finance.position(MUG, SZ).quantity()).isEqualTo(8);
    assertThat(finance.profit(order.id(), ProfitKind.ACTUAL)).isEmpty();
  }

  @Test
  void settlementFeesCorrectTheEstimateAndBothFiguresAreKept() {
    received(ACME, MUG, 30, 10);
    Order order = shippedOrder("111-1", 2, "3.90");
    OrderProfit estimate = finance.recordShipment(order.id(), Money.of("35.50", "CNY"));

    SettlementResult result = finance.applySettlement(SHOP, List.of(
        fee("e1", "111-1", "Commission", "-3.90"),
        fee("e2", "111-1", "ShippingHB", "-0.50"),
        new SettlementEvent("e3", "111-1", T0, SettlementEvent.Kind.REVENUE, "Principal", Money.of("25.98", "USD"))));

    assertThat(result.stored()).isEqualTo(3);
    assertThat(result.corrected()).containsExactly(order.id());
    OrderProfit actual = finance.profit(order.id(), ProfitKind.ACTUAL).orElseThrow();
    assertThat(actual.shop().fees()).isEqualTo(Money.of("4.40", "USD"));
    assertThat(actual.shop().profit()).isEqualTo(Money.of("13.81", "USD"));
    assertThat(actual.base().fees()).isEqualTo(Money.of("31.24", "CNY"));
    assertThat(actual.base().profit()).isEqualTo(Money.of("97.72", "CNY"));
    assertThat(finance.profit(order.id(), ProfitKind.ESTIMATE)).contains(estimate);

    // the same events again change nothing
    SettlementResult again = finance.applySettlement(SHOP, List.of(fee("e1", "111-1", "Commission", "-3.90")));
    assertThat(again.stored()).isZero();
    assertThat(finance.profit(order.id(), ProfitKind.ACTUAL)).contains(actual);
  }

  @Test
  void settlementThatArrivesBeforeTheShipmentIsUsedWhenTheOrderShips() {
    received(ACME, MUG, 30, 10);
    Order order = shippedOrder("111-1", 2, "3.90");
    SettlementResult early = finance.applySettlement(SHOP, List.of(fee("e1", "111-1", "Commission", "-4.00")));
    assertThat(early.unmatched()).isEqualTo(1);

    finance.recordShipment(order.id(), Money.of("35.50", "CNY"));

    assertThat(finance.profit(order.id(), ProfitKind.ACTUAL).orElseThrow().shop().fees())
        .isEqualTo(Money.of("4.00", "USD"));
  }

  @Test
  void importsAnAmazonFlatFileSettlementReport() {
    received(ACME, MUG, 30, 10);
    Order order = shippedOrder("111-1", 2, "3.90");
    finance.recordShipment(order.id(), Money.of("35.50", "CNY"));
    String report = String.join("\n",
        "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency"
            + "\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name"
            + "\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time"
            + "\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased"
            + "\tpromotion-id",
        "1234567\t2026-03-01 00:00:00 UTC\t2026-03-15 00:00:00 UTC\t2026-03-17 00:00:00 UTC\t21.08\tUSD"
            + "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
        "1234567\t\t\t\t\t\tOrder\t111-1\t\t\tS1\tAmazon.com\tItemPrice\tPrincipal\t25.98\tMFN\t2026-03-02"
            + "\t2026-03-02 10:00:00 UTC\t1\t\t\tMUG-01\t2\t",
        "1234567\t\t\t\t\t\tOrder\t111-1\t\t\tS1\tAmazon.com\tItemFees\tCommission\t-3.90\tMFN\t2026-03-02"
            + "\t2026-03-02 10:00:00 UTC\t1\t\t\tMUG-01\t2\t",
        "1234567\t\t\t\t\t\tOrder\t111-1\t\t\tS1\tAmazon.com\tItemFees\tShippingHB\t-1.00\tMFN\t2026-03-02"
            + "\t2026-03-02 10:00:00 UTC\t1\t\t\tMUG-01\t2\t");

    SettlementResult result = finance.importSettlementReport(SHOP, new StringReader(report));
    SettlementResult again = finance.importSettlementReport(SHOP, new StringReader(report));

    assertThat(result.stored()).isEqualTo(3);
    assertThat(again.stored()).isZero();
    assertThat(finance.profit(order.id(), ProfitKind.ACTUAL).orElseThrow().shop().fees())
        .isEqualTo(Money.of("4.90", "USD"));
  }

  @Test
  void refusesASettlementReportWithABadAmountNamingTheLine() {
    String report = "settlement-id,order-id,amount-type,amount-description,amount,posted-date,currency\n"
        + "1,111-1,ItemFees,Commission,abc,2026-03-02,USD\n";

    assertThatThrownBy(() -> finance.importSettlementReport(SHOP, new StringReader(report)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("report");
          assertThat(e.value()).contains("line 2 amount");
        });
  }

  @Test
  void listsProfitLinesBySkuShopAndPeriodOnePageAtATime() {
    received(ACME, MUG, 30, 10);
    for (int i = 1; i <= 3; i++) {
      Order order = shippedOrder("111-" + i, 1, "1.00");
      finance.recordShipment(order.id(), Money.of("5.00", "CNY"));
      clock.advance(java.time.Duration.ofHours(1));
    }

    List<ProfitLine> all = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    ProfitQuery query = ProfitQuery.of(ProfitKind.ESTIMATE).withSku(MUG).withShop(SHOP);
    Page<ProfitLine> page;
    do {
      page = finance.profits(query, request);
      all.addAll(page.items());
      request = request.next(page);
    } while (page.hasNext());

    assertThat(all).extracting(ProfitLine::shippedAt)
        .containsExactly(T0, T0.plusSeconds(3600), T0.plusSeconds(7200));
    assertThat(finance.profits(query.withPeriod(T0.plusSeconds(1), T0.plusSeconds(7200)), PageRequest.first(10))
        .items()).hasSize(1);
    assertThat(finance.profits(query.withSku(CUP), PageRequest.first(10)).items()).isEmpty();
    assertThat(finance.profits(ProfitQuery.of(ProfitKind.ACTUAL), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void financeWithoutABaseCurrencyRecordsNoCostAndSaysWhatIsMissing() {
    Erp plain = Erp.builder().tenant(TenantId.of("plain")).clock(clock).build();
    assertThatThrownBy(() -> plain.finance().position(MUG, SZ))
        .isInstanceOf(dev.crossborder.erp.kernel.ConfigurationException.class)
        .hasMessageContaining("baseCurrency");
  }

  static SettlementEvent fee(String id, String order, String type, String amount) {
    return new SettlementEvent(id, order, T0, SettlementEvent.Kind.FEE, type, Money.of(amount, "USD"));
  }
}
