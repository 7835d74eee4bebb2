package dev.crossborder.erp.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PiiRetentionTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
  private static final ShopId AMAZON = ShopId.of("amazon-us");
  private static final ShopId SHOPIFY = ShopId.of("shopify-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final String NAME = "Jane Roe";
  private static final String EMAIL = "jane@example.com";

  private final MutableClock clock = MutableClock.at(T0);
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private Erp erp;

  @BeforeEach
  void setUp() {
    AtomicInteger ids = new AtomicInteger();
    erp =
        Erp.builder()
            .tenant(TenantId.of("acme"))
            .store(new InMemoryStore())
            .clock(clock)
            .ids(() -> "id-" + ids.incrementAndGet())
            .listener("test", events::add)
            .build();
    ZoneId la = ZoneId.of("America/Los_Angeles");
    erp.shops().create(Shop.of(AMAZON, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme US", USD, la));
    erp.shops().create(Shop.of(SHOPIFY, PlatformId.SHOPIFY, "acme-us", "Acme Shopify", USD, la));
    ProductId product = ProductId.of("MUG");
    erp.catalog()
        .create(
            Product.builder().id(product).title("Mug").addSku(Sku.builder().code(MUG).productId(product).name("Red mug").build()).build());
  }

  /** Imports an order purchased at T0 and last updated by the platform at {@code updatedAt}. */
  private OrderId order(ShopId shop, String id, PlatformOrderStatus status, FulfillmentChannel channel, Instant updatedAt) {
    BuyerDetails buyer =
        new BuyerDetails(NAME, EMAIL, "+1 555 0100", new Address(NAME, "1 Main Street", null, "Springfield", "IL", "62701", "US"));
    PlatformOrder order =
        new PlatformOrder(
            shop, id, status, channel, T0, updatedAt, USD,
            List.of(OrderLine.of("L1", MUG, Quantity.of(2), Money.of("12.99", "USD"))),
            Money.of("3.90", "USD"), Destination.of("US"), buyer);
    return erp.orders().importOrder(order).order().id();
  }

  /** An order the platform fulfilled and reports shipped at {@code shippedAt}. */
  private OrderId delivered(ShopId shop, String id, Instant shippedAt) {
    return order(shop, id, PlatformOrderStatus.SHIPPED, FulfillmentChannel.PLATFORM, shippedAt);
  }

  private void at(Duration sinceT0) {
    clock.set(T0.plus(sinceT0));
  }

  private long erasedEvents() {
    erp.drainOutbox();
    return events.stream().filter(e -> e.type().equals(EventTypes.ORDER_BUYER_ERASED)).count();
  }

  @Test
  void amazonBuyerIsKeptFor29DaysAndErasedAt31() {
    OrderId id = delivered(AMAZON, "113-1", T0);

    at(Duration.ofDays(29));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isZero();
    assertThat(erp.orders().buyer(id)).isPresent();

    at(Duration.ofDays(31));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isEqualTo(1);
    assertThat(erp.orders().buyer(id)).isEmpty();
    assertThat(erasedEvents()).isEqualTo(1);

    Order kept = erp.orders().find(id).orElseThrow();
    assertThat(kept.total()).isEqualTo(Money.of("25.98", "USD"));
    assertThat(kept.lines()).extracting(OrderLine::sku).containsExactly(MUG);
    assertThat(kept.purchasedAt()).isEqualTo(T0);
    assertThat(kept.status()).isEqualTo(OrderStatus.EXTERNALLY_FULFILLED);
  }

  @Test
  void theClockStartsAtTheLastPlatformUpdate() {
    OrderId id = delivered(AMAZON, "113-1", T0.plus(Duration.ofDays(10)));

    at(Duration.ofDays(39));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isZero();
    at(Duration.ofDays(40));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isEqualTo(1);
    assertThat(erp.orders().buyer(id)).isEmpty();
  }

  @Test
  void otherPlatformsUseTheDefault() {
    OrderId shopify = delivered(SHOPIFY, "5001", T0);
    OrderId cancelled = order(SHOPIFY, "5002", PlatformOrderStatus.CANCELLED, FulfillmentChannel.MERCHANT, T0);

    at(Duration.ofDays(89));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isZero();
    assertThat(erp.orders().buyer(shopify)).isPresent();

    at(Duration.ofDays(90));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isEqualTo(2);
    assertThat(erp.orders().buyer(shopify)).isEmpty();
    assertThat(erp.orders().buyer(cancelled)).isEmpty();
  }

  @Test
  void aConfiguredDefaultAndPlatformOverrideApply() {
    PiiRetention policy = PiiRetention.standard().withDefault(Duration.ofDays(14)).withPlatform(PlatformId.AMAZON, Duration.ofDays(60));
    OrderId shopify = delivered(SHOPIFY, "5001", T0);
    OrderId amazon = delivered(AMAZON, "113-1", T0);

    at(Duration.ofDays(15));
    assertThat(erp.orders().eraseDueBuyers(policy, 100)).isEqualTo(1);
    assertThat(erp.orders().buyer(shopify)).isEmpty();
    assertThat(erp.orders().buyer(amazon)).isPresent();
    assertThat(policy.retentionFor(PlatformId.of("otto"))).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void merchantShippedOrdersAreErasedAndStillReport() {
    OrderId id = order(AMAZON, "113-9", PlatformOrderStatus.SHIPPED, FulfillmentChannel.MERCHANT, T0);
    long version = erp.orders().find(id).orElseThrow().version();
    for (OrderStatus next : List.of(OrderStatus.ALLOCATED, OrderStatus.IN_FULFILLMENT, OrderStatus.SHIPPED)) {
      version = erp.orders().changeStatus(id, next, version).version();
    }

    at(Duration.ofDays(31));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isEqualTo(1);
    assertThat(erp.orders().buyer(id)).isEmpty();
    Order shipped = erp.orders().changeStatus(id, OrderStatus.CONFIRMED, version);
    assertThat(shipped.total()).isEqualTo(Money.of("25.98", "USD"));
  }

  @Test
  void alreadyErasedOrdersAreSkipped() {
    OrderId onRequest = delivered(AMAZON, "113-1", T0);
    delivered(AMAZON, "113-2", T0);
    assertThat(erp.orders().eraseBuyer(onRequest)).isTrue();

    at(Duration.ofDays(31));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isEqualTo(1);
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isZero();
    assertThat(erasedEvents()).isEqualTo(2);
  }

  @Test
  void ordersNotYetShippedAreNeverErased() {
    OrderId open = order(AMAZON, "113-1", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0);
    OrderId fbaPending = order(AMAZON, "113-2", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.PLATFORM, T0);
    OrderId held = order(AMAZON, "113-3", PlatformOrderStatus.SHIPPED, FulfillmentChannel.MERCHANT, T0);
    erp.orders().hold(held, "address check");

    at(Duration.ofDays(3650));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 100)).isZero();
    assertThat(List.of(open, fbaPending, held)).allSatisfy(id -> assertThat(erp.orders().buyer(id)).isPresent());
  }

  @Test
  void aRunOverManyOrdersPagesThroughAllOfThem() {
    int count = 23;
    for (int i = 0; i < count; i++) {
      delivered(i % 2 == 0 ? AMAZON : SHOPIFY, "o-" + i, T0);
    }
    OrderId open = order(AMAZON, "open", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0);

    at(Duration.ofDays(31));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 5)).isEqualTo(12);
    at(Duration.ofDays(91));
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 1)).isEqualTo(11);
    assertThat(erp.orders().eraseDueBuyers(PiiRetention.standard(), 7)).isZero();
    assertThat(erasedEvents()).isEqualTo(count);
    assertThat(erp.orders().buyer(open)).isPresent();
  }

  @Test
  void noBuyerDataInEventsOrErrors() {
    delivered(AMAZON, "113-1", T0);
    at(Duration.ofDays(31));
    erp.orders().eraseDueBuyers(PiiRetention.standard(), 100);
    erp.drainOutbox();
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(NAME, EMAIL, "Main Street"));

    assertThatThrownBy(() -> erp.orders().eraseDueBuyers(PiiRetention.standard(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> PiiRetention.standard().withPlatform(PlatformId.EBAY, Duration.ofDays(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("perPlatform.EBAY");
  }
}
