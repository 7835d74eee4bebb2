package dev.crossborder.erp.platforms.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.cases.CancellationOutcome;
import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseItem;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.cases.CaseState;
import dev.crossborder.erp.cases.CaseSyncReport;
import dev.crossborder.erp.cases.Inspection;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.cases.Refund;
import dev.crossborder.erp.cases.RefundKind;
import dev.crossborder.erp.cases.RefundRequest;
import dev.crossborder.erp.platform.cases.ReplyNotAllowedException;
import dev.crossborder.erp.cases.ReplyTemplate;
import dev.crossborder.erp.cases.Return;
import dev.crossborder.erp.cases.ReturnState;
import dev.crossborder.erp.cases.UnknownPlaceholderException;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.ReservationLine;
import dev.crossborder.erp.inventory.StockDelta;
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
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.Fault;
import dev.crossborder.erp.platforms.fake.FaultPlan;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.SyncSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The "done when": cases synced from ten {@link FakePlatform} shops, answered with
 * templates, one left to go overdue, cancellation requests before and after shipment, and a return
 * split between sellable and defective stock whose ledger and refund agree; plus the bad inputs.
 */
class CustomerServiceTest {
  private static final TenantId TENANT = TenantId.of("acme");
  /** A Tuesday. */
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  private static final ReplyTemplate WHERE_IS_IT =
      new ReplyTemplate("where-is-it", "Hi {buyer.firstName}, order {order.id} from {shop.name} is on its way.");

  private final MutableClock clock = MutableClock.at(T0);
  private final Store store = new InMemoryStore();
  private final FakePlatform ebay =
      FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).pageSize(2).seed(8).build();
  private final FakePlatform amazon = FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock).build();
  private final Erp erp =
      Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId("host-a").connector(ebay).connector(amazon).build();

  CustomerServiceTest() {
    ProductId product = ProductId.of("MUG");
    erp.catalog()
        .create(Product.builder().id(product).title("Mug").addSku(Sku.builder().code(MUG).productId(product).name("Red mug").build()).build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.inventory().receive("r1", MUG, SZ, Quantity.of(10), "PO-1");
  }

  private static ShopId shop(int i) {
    return ShopId.of("ebay-" + i);
  }

  private Order order(ShopId shop, String id, String buyerName) {
    PlatformOrder incoming =
        new PlatformOrder(
            shop, id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0.minus(Duration.ofDays(2)),
            T0.minus(Duration.ofDays(2)), USD, List.of(OrderLine.of("L1", MUG, Quantity.of(2), Money.of("12.99", "USD"))),
            Money.of("3.90", "USD"), Destination.of("US"),
            new BuyerDetails(buyerName, null, null, new Address(buyerName, "1 Main Street", null, "Springfield", "IL", "62701", "US")));
    return erp.orders().importOrder(incoming).order();
  }

  /** Gives the order a shipment of its line at SZ with the stock reserved, status ALLOCATED. */
  private Order allocated(Order order) {
    Shipment shipment =
        new Shipment(ShipmentId.of("S-" + order.platformOrderId()), SZ, null,
            List.of(new ShipmentLine("L1", MUG, Quantity.of(2))), List.of());
    Order saved =
        store.inTransaction(
            TENANT,
            tx -> tx.repository(OrderRepository.class)
                .update(order.toBuilder().shipments(List.of(shipment)).status(OrderStatus.ALLOCATED).build()));
    erp.inventory().reserve(List.of(new ReservationLine(shipment.reservationKey(shipment.lines().get(0)), MUG, SZ, Quantity.of(2))));
    return saved;
  }

  private Order shipped(Order order) {
    Order allocated = allocated(order);
    Order packed = erp.orders().changeStatus(allocated.id(), OrderStatus.IN_FULFILLMENT, allocated.version());
    erp.inventory().pick(packed.shipments().get(0).reservationKey(packed.shipments().get(0).lines().get(0)));
    return erp.orders().changeStatus(packed.id(), OrderStatus.SHIPPED, packed.version());
  }

  private static PlatformCase platformCase(
      ShopId shop, String id, CaseKind kind, String orderId, List<CaseMessage> messages, List<CaseItem> items) {
    Instant opened = T0.minus(Duration.ofHours(1));
    return new PlatformCase(shop, id, kind, orderId, PlatformCaseStatus.OPEN, messages, items, null, opened, opened);
  }

  private static List<CaseMessage> buyerAsks(String text) {
    return List.of(new CaseMessage(MessageAuthor.BUYER, text, T0.minus(Duration.ofHours(1))));
  }

  private Case caseOf(ShopId shop, String platformCaseId) {
    return erp.cases().findByPlatformCaseId(shop, platformCaseId).orElseThrow();
  }

  @Test
  void tenShopsCasesAreSyncedAnsweredCancelledRefusedAndReturned() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ShopId shop = shop(i);
      erp.shops().create(Shop.of(shop, PlatformId.EBAY, "EBAY_US", "Shop " + i, USD, ZoneId.of("America/New_York")));
      Order order = order(shop, "ORD-" + i, "Buyer" + i + " Surname" + i);
      orders.add(order);
      ebay.putCase(shop, platformCase(shop, "MSG-" + i, CaseKind.MESSAGE, "ORD-" + i, buyerAsks("where is my parcel?"), List.of()));
    }
    Order notShipped = allocated(orders.get(0));
    Order alreadyShipped = shipped(orders.get(1));
    Order returned = shipped(orders.get(2));
    ebay.putCase(shop(0), platformCase(shop(0), "CXL-0", CaseKind.CANCELLATION_REQUEST, "ORD-0", List.of(), List.of()));
    ebay.putCase(shop(1), platformCase(shop(1), "CXL-1", CaseKind.CANCELLATION_REQUEST, "ORD-1", List.of(), List.of()));
    ebay.putCase(shop(2), platformCase(shop(2), "RET-2", CaseKind.RETURN_REQUEST, "ORD-2",
        buyerAsks("one mug arrived broken"), List.of(new CaseItem("L1", 2))));
    assertThat(erp.inventory().available(MUG)).isEqualTo(4); // 10 received, 2 reserved, 4 picked

    // sync every shop's cases stream on its lease, paging two cases at a time
    List<CaseSyncReport> reports = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reports.add(erp.cases().sync(shop(i)));
    }
    assertThat(reports).allSatisfy(r -> assertThat(r.held()).isTrue());
    assertThat(reports.stream().mapToInt(CaseSyncReport::imported).sum()).isEqualTo(13);
    assertThat(reports.get(0).pages()).isEqualTo(1);
    Optional<SyncCheckpoint> checkpoint =
        store.inTransaction(TENANT, tx -> tx.repository(SyncRepository.class).checkpoint(shop(0), "cases"));
    assertThat(checkpoint.orElseThrow().watermark()).isEqualTo(T0.minus(SyncSettings.ofDefaults().settleDelay()));
    assertThat(erp.cases().sync(shop(0)).imported()).isZero(); // nothing new since the watermark

    Case message = caseOf(shop(3), "MSG-3");
    assertThat(message.state()).isEqualTo(CaseState.AWAITING_SELLER);
    assertThat(message.orderId()).isEqualTo(orders.get(3).id());
    assertThat(message.dueAt()).isEqualTo(T0.plus(Duration.ofHours(23))); // eBay messages: 24 h
    assertThat(caseOf(shop(2), "RET-2").dueAt()) // eBay returns: 3 business days, Tue -> Fri
        .isEqualTo(T0.minus(Duration.ofHours(1)).plus(Duration.ofDays(3)));

    // answer nine message cases with the template; the tenth goes past its due time
    for (int i = 0; i < 9; i++) {
      Case answered = erp.cases().reply(caseOf(shop(i), "MSG-" + i).id(), WHERE_IS_IT, null);
      assertThat(answered.state()).isEqualTo(CaseState.AWAITING_BUYER);
      assertThat(answered.dueAt()).isNull();
    }
    for (int i = 0; i < 9; i++) {
      List<FakePlatform.CaseResponse> sent = ebay.caseResponses(shop(i));
      CaseAction.Reply reply = (CaseAction.Reply) sent.get(0).action();
      assertThat(reply.text()).isEqualTo("Hi Buyer" + i + ", order ORD-" + i + " from Shop " + i + " is on its way.");
      for (int other = 0; other < 10; other++) {
        if (other != i) {
          assertThat(reply.text()).doesNotContain("Buyer" + other + ",").doesNotContain("Surname" + other);
        }
      }
    }
    erp.cases().assign(caseOf(shop(9), "MSG-9").id(), "lin");
    clock.advance(Duration.ofHours(25));
    List<Case> overdue = erp.cases().overdue(PageRequest.first(50)).items();
    assertThat(overdue).extracting(Case::platformCaseId).containsExactly("MSG-9");
    assertThat(overdue.get(0).assignee()).isEqualTo("lin");

    // a cancellation request before shipment cancels the order and releases its stock
    CancellationOutcome cancelled = erp.cases().processCancellation(caseOf(shop(0), "CXL-0").id());
    assertThat(cancelled).isInstanceOf(CancellationOutcome.Cancelled.class);
    assertThat(erp.orders().find(notShipped.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(erp.inventory().reservation("S-ORD-0/L1").orElseThrow().state()).isEqualTo(Reservation.State.RELEASED);
    assertThat(erp.inventory().available(MUG)).isEqualTo(6);
    assertThat(ebay.caseResponses(shop(0))).extracting(FakePlatform.CaseResponse::action).last().isEqualTo(new CaseAction.Accept());
    assertThat(caseOf(shop(0), "CXL-0").state()).isEqualTo(CaseState.RESOLVED);

    // one after shipment is refused, with the reason sent back
    CancellationOutcome refused = erp.cases().processCancellation(caseOf(shop(1), "CXL-1").id());
    assertThat(refused).isInstanceOfSatisfying(
        CancellationOutcome.Refused.class, r -> assertThat(r.reason()).isEqualTo("the order has already shipped"));
    assertThat(erp.orders().find(alreadyShipped.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(ebay.caseResponses(shop(1))).extracting(FakePlatform.CaseResponse::action).last()
        .isEqualTo(new CaseAction.Decline("the order has already shipped"));
    assertThat(ebay.platformCase(shop(1), "CXL-1").orElseThrow().status()).isEqualTo(PlatformCaseStatus.CLOSED);

    // a return of both units: one back to sellable, one to defective, refunded less a restocking fee
    Case request = caseOf(shop(2), "RET-2");
    Return rma = erp.cases().returns().authorise(returned.id(), request.id(), Map.of("L1", 2L));
    erp.cases().returns().expect(rma.id(), SZ);
    erp.cases().returns().receive(rma.id());
    Return inspected = erp.cases().returns().inspect(rma.id(), List.of(new Inspection("L1", 1, 1)));
    Return refunded = erp.cases().returns().refund(rma.id(), RefundRequest.lessRestockingFee(Money.of("2.00", "USD")));

    assertThat(inspected.lines().get(0).sellable()).isEqualTo(1);
    assertThat(refunded.state()).isEqualTo(ReturnState.REFUNDED);
    StockLevel level = erp.inventory().level(MUG, SZ);
    assertThat(level.onHand()).isEqualTo(10 - 4 + 1);
    assertThat(level.defective()).isEqualTo(1);
    List<Movement> rmaMovements =
        erp.inventory().movements(MUG, SZ, PageRequest.first(100)).items().stream()
            .filter(m -> m.reference().equals("rma:" + rma.id()))
            .toList();
    assertThat(rmaMovements).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.RETURN);
      assertThat(m.delta()).isEqualTo(new StockDelta(1, 0, 0, 0, 1));
    });
    List<Refund> refunds = erp.cases().returns().refunds(returned.id());
    assertThat(refunds).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RefundKind.RESTOCKING_FEE);
      assertThat(r.gross()).isEqualTo(Money.of("25.98", "USD"));
      assertThat(r.restockingFee()).isEqualTo(Money.of("2.00", "USD"));
      assertThat(r.amount()).isEqualTo(Money.of("23.98", "USD"));
    });
    long returnedUnits = rmaMovements.get(0).delta().onHand() + rmaMovements.get(0).delta().defective();
    assertThat(returnedUnits).isEqualTo(refunded.units());

    // bad input
    assertThatThrownBy(() -> erp.cases().respond(caseOf(shop(0), "CXL-0").id(), new CaseAction.Reply("anything else?")))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> assertThat(e.field()).isEqualTo("state"));
    assertThatThrownBy(() -> new ReplyTemplate("bad", "Your {order.colour} mug"))
        .isInstanceOfSatisfying(UnknownPlaceholderException.class, e -> {
          assertThat(e.field()).isEqualTo("text");
          assertThat(e.value()).isEqualTo("{order.colour}");
        });
    assertThatThrownBy(() -> erp.cases().returns().authorise(returned.id(), null, Map.of("L1", 1L)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("units[L1]");
          assertThat(e.value()).isEqualTo("1");
        });
    assertThat(erp.cases().returns().byOrder(returned.id())).hasSize(1);
    assertThat(ebay.caseResponses(shop(0))).hasSize(2);
  }

  @Test
  void aPlatformWithoutFreeRepliesRefusesThemAndSendsOnlyItsMessageTypes() {
    ShopId shop = ShopId.of("amazon-us");
    erp.shops().create(Shop.of(shop, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme US", USD, ZoneId.of("America/Los_Angeles")));
    order(shop, "113-1", "Jane Roe");
    amazon.caseLimits(new dev.crossborder.erp.platform.cases.CaseLimits(
        java.util.Set.of(CaseKind.MESSAGE), false, java.util.Set.of("unexpectedProblem"), java.util.Set.of()));
    amazon.putCase(shop, platformCase(shop, "T-1", CaseKind.MESSAGE, "113-1", buyerAsks("is it gift wrapped?"), List.of()));
    erp.cases().sync(shop);
    Case c = caseOf(shop, "T-1");
    assertThat(c.dueAt()).isEqualTo(T0.plus(Duration.ofHours(23))); // Amazon messages: 24 h

    assertThatThrownBy(() -> erp.cases().reply(c.id(), WHERE_IS_IT, null))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> assertThat(e.field()).isEqualTo("action"));
    assertThatThrownBy(() -> erp.cases().reply(c.id(), WHERE_IS_IT, "freeText"))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> assertThat(e.field()).isEqualTo("messageType"));
    assertThat(amazon.calls(Operation.RESPOND_CASE)).isZero();
    assertThat(caseOf(shop, "T-1").messages()).hasSize(1);

    Case answered = erp.cases().reply(c.id(), WHERE_IS_IT, "unexpectedProblem");
    assertThat(answered.state()).isEqualTo(CaseState.AWAITING_BUYER);
    assertThat(amazon.caseResponses(shop)).singleElement()
        .satisfies(r -> assertThat(r.action()).isEqualTo(
            new CaseAction.TypedMessage("unexpectedProblem", "Hi Jane, order 113-1 from Acme US is on its way.")));
  }

  @Test
  void aTemplateOnACaseWithoutAnOrderIsRefusedNamingThePlaceholder() {
    ShopId shop = shop(0);
    erp.shops().create(Shop.of(shop, PlatformId.EBAY, "EBAY_US", "Shop 0", USD, ZoneId.of("America/New_York")));
    Instant at = T0.minus(Duration.ofHours(1));
    PlatformCase question = new PlatformCase(shop, "Q-1", CaseKind.MESSAGE, null, PlatformCaseStatus.OPEN,
        buyerAsks("do you ship to Canada?"), List.of(), null, at, at);
    ebay.putCase(shop, question);
    Case c = erp.cases().importCase(question);

    assertThatThrownBy(() -> erp.cases().reply(c.id(), WHERE_IS_IT, null))
        .isInstanceOfSatisfying(UnknownPlaceholderException.class, e -> assertThat(e.value()).isEqualTo("{buyer.firstName}"));
    assertThat(ebay.calls(Operation.RESPOND_CASE)).isZero();
    Case answered = erp.cases().reply(c.id(), new ReplyTemplate("ca", "Yes, {shop.name} ships to Canada."), null);
    assertThat(answered.messages()).last().extracting(CaseMessage::text).isEqualTo("Yes, Shop 0 ships to Canada.");
  }

  @Test
  void aRateLimitedPullFailsTypedAndTheNextPullReadsEveryPage() {
    ShopId shop = shop(0);
    erp.shops().create(Shop.of(shop, PlatformId.EBAY, "EBAY_US", "Shop 0", USD, ZoneId.of("America/New_York")));
    for (int i = 0; i < 5; i++) {
      ebay.putCase(shop, platformCase(shop, "M-" + i, CaseKind.MESSAGE, null, buyerAsks("question " + i), List.of()));
    }
    ebay.inject(FaultPlan.nextCalls(1, new Fault.RateLimited(Duration.ofSeconds(2))).on(Operation.CASES));

    assertThatThrownBy(() -> erp.cases().sync(shop)).isInstanceOf(RateLimitedException.class);
    assertThat(erp.cases().findByPlatformCaseId(shop, "M-0")).isEmpty();

    CaseSyncReport report = erp.cases().sync(shop);
    assertThat(report.pages()).isEqualTo(3); // pages of two
    assertThat(report.imported()).isEqualTo(5);
    assertThat(ebay.calls(Operation.CASES)).isEqualTo(4);
    assertThat(erp.cases().findByPlatformCaseId(shop, "M-4")).isPresent();
  }

  @Test
  void anInstanceWithoutTheShopsLeaseReadsNothing() {
    ShopId shop = shop(0);
    erp.shops().create(Shop.of(shop, PlatformId.EBAY, "EBAY_US", "Shop 0", USD, ZoneId.of("America/New_York")));
    ebay.putCase(shop, platformCase(shop, "M-0", CaseKind.MESSAGE, null, buyerAsks("hello"), List.of()));
    Erp other = Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId("host-b").connector(ebay).build();
    assertThat(erp.cases().sync(shop).held()).isTrue();

    CaseSyncReport notHeld = other.cases().sync(shop);

    assertThat(notHeld.held()).isFalse();
    assertThat(notHeld.pages()).isZero();
  }

  @Test
  void aCaseImportedBeforeItsOrderIsLinkedWhenTheOrderArrives() {
    ShopId shop = shop(0);
    erp.shops().create(Shop.of(shop, PlatformId.EBAY, "EBAY_US", "Shop 0", USD, ZoneId.of("America/New_York")));
    PlatformCase early = platformCase(shop, "M-0", CaseKind.MESSAGE, "ORD-9", buyerAsks("hello"), List.of());
    assertThat(erp.cases().importCase(early).orderId()).isNull();
    Order order = order(shop, "ORD-9", "Jane Roe");

    Case linked = erp.cases().importCase(early);

    assertThat(linked.orderId()).isEqualTo(order.id());
    assertThat(erp.cases().byOrder(order.id())).extracting(Case::platformCaseId).containsExactly("M-0");
  }
}
