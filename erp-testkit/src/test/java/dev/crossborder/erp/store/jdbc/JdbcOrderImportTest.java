package dev.crossborder.erp.store.jdbc;

import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.mergeWithin;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.shippingLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.rules.BuyerHasher;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What import and routing add to a stored order survives the JDBC store on H2 and PostgreSQL: the
 * channel-selected shipping level (a routing input), merge links between shipments, and the hold of
 * a platform change after allocation. Each run uses a tenant of its own.
 */
class JdbcOrderImportTest {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId SHOP = ShopId.of("shopify-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final Warehouse NJ =
      new Warehouse(WarehouseId.of("US-NJ"), "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York"));
  private static final BuyerDetails ALICE =
      new BuyerDetails("Alice Doe", "alice@example.com", null, new Address("Alice Doe", "1 Main St", null, "Springfield", "IL", "62701", "US"));

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void shippingLevelMergesAndPlatformChangeHoldsAreStored(Dialect dialect) {
    JdbcStore store = JdbcTestDatabases.store(dialect, JdbcTestDatabases.shared(dialect));
    Erp erp =
        Erp.builder()
            .tenant(JdbcTestDatabases.newTenant())
            .store(store)
            .clock(MutableClock.at(T0))
            .buyerHasher(new BuyerHasher("a-secret-of-sixteen-bytes+".getBytes(StandardCharsets.UTF_8)))
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "acme.myshopify.com", "Acme US", USD, ZoneId.of("UTC")));
    ProductId product = ProductId.of("P-MUG");
    erp.catalog()
        .create(Product.builder().id(product).title("Mug").addSku(Sku.builder().code(MUG).productId(product).name("Mug").build()).build());
    erp.inventory().saveWarehouse(NJ);
    erp.inventory().receive("r1", MUG, NJ.id(), Quantity.of(10), "PO-1");
    OrderRules rules =
        OrderRules.of(
            RuleSet.builder("jdbc", 1)
                .rule(Rule.id("overnight").when(shippingLevel("Overnight")).then(hold("overnight")))
                .rule(Rule.id("nj").when(always()).then(warehousesInOrder("US-NJ")))
                .rule(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(6))))
                .rule(Rule.id("post").when(always()).then(shipWith("USPS")))
                .build());
    RuleContext context = RuleContext.builder().warehouse(NJ).build();
    Order first = erp.orders().importOrder(order("A-1", T0, "Standard", 1)).order();
    Order second = erp.orders().importOrder(order("A-2", T0, "Standard", 2)).order();
    Order overnight = erp.orders().importOrder(order("A-3", T0, "Overnight", 1)).order();

    erp.routing().routeNew(SHOP, rules, context, 10);

    assertThat(erp.orders().find(overnight.id()).orElseThrow().status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(erp.orders().find(overnight.id()).orElseThrow().shippingLevel()).hasValue("Overnight");
    Order a = erp.orders().find(first.id()).orElseThrow();
    Order b = erp.orders().find(second.id()).orElseThrow();
    assertThat(a.shipments()).singleElement().satisfies(s -> assertThat(s.mergedWith()).containsExactly(second.id()));
    assertThat(b.shipments()).singleElement().satisfies(s -> assertThat(s.mergedWith()).containsExactly(first.id()));

    Order changed = erp.orders().importOrder(order("A-2", T0.plusSeconds(60), "Standard", 3)).order();

    assertThat(changed.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(erp.orders().find(second.id()).orElseThrow().holdReason()).hasValue("platform changed the lines after allocation");
    assertThat(erp.inventory().level(MUG, NJ.id()).reserved()).isEqualTo(3);
  }

  private static PlatformOrder order(String id, Instant updatedAt, String level, long units) {
    return new PlatformOrder(
        SHOP, id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0, updatedAt, USD,
        List.of(OrderLine.of("L1", MUG, Quantity.of(units), Money.of("9.99", "USD"))), Money.zero(USD),
        Destination.of("US"), ALICE, level);
  }
}
