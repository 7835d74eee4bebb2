package dev.crossborder.erp.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryTest {
  static final TenantId TENANT = TenantId.of("t1");
  static final SkuCode MUG = SkuCode.of("MUG-RED");
  static final SkuCode CUP = SkuCode.of("CUP-BLUE");
  static final SkuCode UNKNOWN_SKU = SkuCode.of("NOPE-1");
  static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  static final WarehouseId LA = WarehouseId.of("US-LA");
  static final WarehouseId UNKNOWN_WAREHOUSE = WarehouseId.of("XX-NOWHERE");
  static final List<SkuCode> SKUS = List.of(MUG, CUP);
  static final List<WarehouseId> WAREHOUSES = List.of(SZ, LA);

  final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
  final List<DomainEvent> received = new CopyOnWriteArrayList<>();
  final ObjectMapper json = new ObjectMapper();
  Erp erp;
  Inventory inventory;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    erp =
        Erp.builder()
            .tenant(TENANT)
            .clock(clock)
            .store(new InMemoryStore())
            .instanceId("test")
            .listener("recorder", received::add)
            .build();
    inventory = erp.inventory();
    erp.catalog()
        .create(
            Product.builder()
                .id("P1")
                .title("Mug")
                .addSku(Sku.builder().code(MUG).productId(ProductId.of("P1")).name("Red mug").build())
                .addSku(Sku.builder().code(CUP).productId(ProductId.of("P1")).name("Blue cup").build())
                .build());
    inventory.saveWarehouse(
        new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    inventory.saveWarehouse(
        new Warehouse(LA, "Los Angeles", "US", WarehouseKind.OVERSEAS_3PL, ZoneId.of("America/Los_Angeles")));
    erp.drainOutbox();
    received.clear();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (pool != null) {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  // ---- bucket effects of each command

  @Test
  void expectInboundAddsToInboundOnly() {
    StockLevel level = inventory.expectInbound("po-1", MUG, SZ, Quantity.of(10), "PO-1");

    assertThat(level).isEqualTo(new StockLevel(MUG, SZ, 0, 0, 10, 0, 0));
    assertThat(inventory.level(MUG, SZ)).isEqualTo(level);
    assertThat(level.available()).isZero();
    assertThat(movements(MUG, SZ))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo(MovementType.INBOUND_EXPECTED);
              assertThat(m.delta()).isEqualTo(new StockDelta(0, 0, 10, 0, 0));
              assertThat(m.reference()).isEqualTo("PO-1");
              assertThat(m.at()).isEqualTo(clock.instant());
            });
  }

  @Test
  void cancelInboundTakesFromInbound() {
    inventory.expectInbound("po-1", MUG, SZ, Quantity.of(10), "PO-1");

    StockLevel level = inventory.cancelInbound("po-1-cancel", MUG, SZ, Quantity.of(4), "PO-1");

    assertThat(level).isEqualTo(new StockLevel(MUG, SZ, 0, 0, 6, 0, 0));
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.INBOUND_CANCELLED);
      assertThat(m.delta()).isEqualTo(new StockDelta(0, 0, -4, 0, 0));
    });
  }

  @Test
  void refusesCancellingMoreInboundThanExpected() {
    inventory.expectInbound("po-1", MUG, SZ, Quantity.of(3), "PO-1");
    State before = state();

    assertThatThrownBy(() -> inventory.cancelInbound("c-1", MUG, SZ, Quantity.of(4), "PO-1"))
        .isInstanceOfSatisfying(
            InsufficientStockException.class,
            e -> {
              assertThat(e.sku()).isEqualTo("MUG-RED");
              assertThat(e.warehouse()).isEqualTo("CN-SZ");
              assertThat(e.requested()).isEqualTo(4);
            });
    assertNothingWritten(before);
  }

  @Test
  void receiveWithoutExpectationAddsToOnHandOnly() {
    inventory.expectInbound("po-1", MUG, SZ, Quantity.of(10), "PO-1");

    StockLevel level = inventory.receive("rcv-1", MUG, SZ, Quantity.of(5), "RMA-7");

    assertThat(level).isEqualTo(new StockLevel(MUG, SZ, 5, 0, 10, 0, 0));
    assertThat(level.available()).isEqualTo(5);
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.RECEIPT);
      assertThat(m.delta()).isEqualTo(new StockDelta(5, 0, 0, 0, 0));
      assertThat(m.reference()).isEqualTo("RMA-7");
    });
  }

  @Test
  void receiveAgainstAPurchaseOrderMovesInboundToOnHand() {
    inventory.expectInbound("po-1", MUG, SZ, Quantity.of(10), "PO-1");

    StockLevel level = inventory.receive("rcv-1", MUG, SZ, Quantity.of(6), "PO-1", true);

    assertThat(level).isEqualTo(new StockLevel(MUG, SZ, 6, 0, 4, 0, 0));
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.RECEIPT);
      assertThat(m.delta()).isEqualTo(new StockDelta(6, 0, -6, 0, 0));
    });
  }

  @Test
  void refusesAnExpectedReceiptBeyondInbound() {
    inventory.expectInbound("po-1", MUG, SZ, Quantity.of(2), "PO-1");
    State before = state();

    assertThatThrownBy(() -> inventory.receive("rcv-1", MUG, SZ, Quantity.of(3), "PO-1", true))
        .isInstanceOf(InsufficientStockException.class);
    assertNothingWritten(before);
  }

  @Test
  void adjustRaisesAndLowersOnHandAndRecordsTheReason() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");

    assertThat(inventory.adjust("count-1", MUG, SZ, 3, "cycle count found 3 more").onHand())
        .isEqualTo(13);
    assertThat(inventory.adjust("count-2", MUG, SZ, -5, "write-off: broken").onHand()).isEqualTo(8);

    List<Movement> ledger = movements(MUG, SZ);
    assertThat(ledger).extracting(Movement::type)
        .containsExactly(MovementType.RECEIPT, MovementType.ADJUSTMENT, MovementType.ADJUSTMENT);
    assertThat(ledger.get(1).delta()).isEqualTo(new StockDelta(3, 0, 0, 0, 0));
    assertThat(ledger.get(1).note()).isEqualTo("cycle count found 3 more");
    assertThat(ledger.get(2).delta()).isEqualTo(new StockDelta(-5, 0, 0, 0, 0));
    assertThat(ledger.get(2).note()).isEqualTo("write-off: broken");
  }

  @Test
  void refusesAZeroAdjustment() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    State before = state();

    assertThatThrownBy(() -> inventory.adjust("count-1", MUG, SZ, 0, "nothing"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("delta");
              assertThat(e.value()).isEqualTo("0");
            });
    assertNothingWritten(before);
  }

  @Test
  void refusesAnAdjustmentBelowReserved() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(7))));
    State before = state();

    assertThatThrownBy(() -> inventory.adjust("count-1", MUG, SZ, -4, "lost"))
        .isInstanceOfSatisfying(
            InsufficientStockException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_STOCK);
              assertThat(e.field()).isEqualTo("quantity");
              assertThat(e.sku()).isEqualTo("MUG-RED");
              assertThat(e.warehouse()).isEqualTo("CN-SZ");
              assertThat(e.requested()).isEqualTo(4);
            });
    assertNothingWritten(before);

    assertThat(inventory.adjust("count-2", MUG, SZ, -3, "lost").onHand())
        .as("down to exactly reserved is allowed")
        .isEqualTo(7);
  }

  @Test
  void refusesAnAdjustmentBelowZero() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(2), "PO-1");
    State before = state();

    assertThatThrownBy(() -> inventory.adjust("count-1", MUG, SZ, -3, "lost"))
        .isInstanceOf(InsufficientStockException.class);
    assertNothingWritten(before);
  }

  @Test
  void markDefectiveMovesOnHandToDefective() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");

    StockLevel level = inventory.markDefective("qc-1", MUG, SZ, Quantity.of(2), "QC fail: chipped");

    assertThat(level).isEqualTo(new StockLevel(MUG, SZ, 8, 0, 0, 0, 2));
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.DEFECTIVE);
      assertThat(m.delta()).isEqualTo(new StockDelta(-2, 0, 0, 0, 2));
      assertThat(m.note()).isEqualTo("QC fail: chipped");
    });
  }

  @Test
  void refusesMarkingReservedUnitsDefective() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(4))));
    State before = state();

    assertThatThrownBy(() -> inventory.markDefective("qc-1", MUG, SZ, Quantity.of(2), "chipped"))
        .isInstanceOf(InsufficientStockException.class);
    assertNothingWritten(before);
  }

  @Test
  void transferOutMovesOnHandToInTransitAtTheSource() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");

    StockLevel level = inventory.transferOut("fl-1", MUG, SZ, Quantity.of(6), "FIRST-LEG-1");

    assertThat(level).isEqualTo(new StockLevel(MUG, SZ, 4, 0, 0, 6, 0));
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.TRANSFER_OUT);
      assertThat(m.delta()).isEqualTo(new StockDelta(-6, 0, 0, 6, 0));
      assertThat(m.reference()).isEqualTo("FIRST-LEG-1");
    });
  }

  @Test
  void refusesTransferringOutReservedUnits() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(8))));
    State before = state();

    assertThatThrownBy(() -> inventory.transferOut("fl-1", MUG, SZ, Quantity.of(3), "FIRST-LEG-1"))
        .isInstanceOf(InsufficientStockException.class);
    assertNothingWritten(before);
  }

  @Test
  void transferInMovesInTransitAtTheSourceToOnHandAtTheDestination() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.transferOut("fl-1", MUG, SZ, Quantity.of(6), "FIRST-LEG-1");

    StockLevel atLa = inventory.transferIn("fl-1-in", MUG, SZ, LA, Quantity.of(4), "FIRST-LEG-1");

    assertThat(atLa).isEqualTo(new StockLevel(MUG, LA, 4, 0, 0, 0, 0));
    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 4, 0, 0, 2, 0));
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.TRANSFER_IN);
      assertThat(m.delta()).isEqualTo(new StockDelta(0, 0, 0, -4, 0));
    });
    assertThat(movements(MUG, LA)).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.TRANSFER_IN);
      assertThat(m.delta()).isEqualTo(new StockDelta(4, 0, 0, 0, 0));
      assertThat(m.reference()).isEqualTo("FIRST-LEG-1");
    });
    assertThat(inventory.available(MUG)).isEqualTo(8);
    assertEveryLedgerBalances(2);
  }

  @Test
  void refusesTransferInBeyondInTransitAndTouchesNeitherWarehouse() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.transferOut("fl-1", MUG, SZ, Quantity.of(3), "FIRST-LEG-1");
    State before = state();

    assertThatThrownBy(() -> inventory.transferIn("fl-1-in", MUG, SZ, LA, Quantity.of(4), "FIRST-LEG-1"))
        .isInstanceOfSatisfying(
            InsufficientStockException.class, e -> assertThat(e.warehouse()).isEqualTo("CN-SZ"));
    assertNothingWritten(before);
    assertThat(inventory.levels(MUG)).extracting(StockLevel::warehouse).containsExactly(SZ);
  }

  @Test
  void refusesTransferInToAnUnknownWarehouseWithoutTakingFromTheSource() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.transferOut("fl-1", MUG, SZ, Quantity.of(3), "FIRST-LEG-1");
    State before = state();

    assertThatThrownBy(
            () -> inventory.transferIn("fl-1-in", MUG, SZ, UNKNOWN_WAREHOUSE, Quantity.of(3), "FIRST-LEG-1"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.field()).isEqualTo("warehouse");
              assertThat(e.value()).isEqualTo("XX-NOWHERE");
            });
    assertNothingWritten(before);
    assertThat(inventory.level(MUG, SZ).inTransit()).isEqualTo(3);
  }

  @Test
  void reserveAddsToReservedAndRecordsAnActiveReservation() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");

    inventory.reserve(List.of(new ReservationLine("ship-1:1", MUG, SZ, Quantity.of(3))));

    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 10, 3, 0, 0, 0));
    assertThat(inventory.level(MUG, SZ).available()).isEqualTo(7);
    assertThat(inventory.reservation("ship-1:1"))
        .contains(new Reservation("ship-1:1", MUG, SZ, Quantity.of(3), Reservation.State.ACTIVE));
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.RESERVATION);
      assertThat(m.delta()).isEqualTo(new StockDelta(0, 3, 0, 0, 0));
      assertThat(m.reference()).isEqualTo("ship-1:1");
    });
  }

  @Test
  void reservesExactlyWhatIsAvailable() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");

    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(5))));

    assertThat(inventory.level(MUG, SZ).available()).isZero();
  }

  @Test
  void refusesReservationBeyondAvailable() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(3))));
    State before = state();

    assertThatThrownBy(
            () -> inventory.reserve(List.of(new ReservationLine("line-2", MUG, SZ, Quantity.of(3)))))
        .isInstanceOfSatisfying(
            InsufficientStockException.class,
            e -> {
              assertThat(e.field()).isEqualTo("quantity");
              assertThat(e.value()).isEqualTo("3 of MUG-RED at CN-SZ");
              assertThat(e.requested()).isEqualTo(3);
            });
    assertNothingWritten(before);
    assertThat(inventory.reservation("line-2")).isEmpty();
  }

  @Test
  void refusesAMultiWarehouseReservationWhoseLastLineIsShortAndReservesNothing() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.receive("rcv-2", MUG, LA, Quantity.of(3), "PO-2");
    inventory.receive("rcv-3", CUP, LA, Quantity.of(5), "PO-3");
    State before = state();
    List<ReservationLine> lines =
        List.of(
            new ReservationLine("ship-9:1", MUG, SZ, Quantity.of(4)),
            new ReservationLine("ship-9:2", CUP, LA, Quantity.of(2)),
            new ReservationLine("ship-9:3", MUG, LA, Quantity.of(4)));

    assertThatThrownBy(() -> inventory.reserve(lines))
        .isInstanceOfSatisfying(
            InsufficientStockException.class,
            e -> {
              assertThat(e.sku()).isEqualTo("MUG-RED");
              assertThat(e.warehouse()).isEqualTo("US-LA");
              assertThat(e.requested()).isEqualTo(4);
            });

    assertNothingWritten(before);
    assertThat(List.of("ship-9:1", "ship-9:2", "ship-9:3"))
        .allSatisfy(key -> assertThat(inventory.reservation(key)).as(key).isEmpty());
    assertThat(inventory.available(MUG)).isEqualTo(13);
    assertThat(inventory.available(CUP)).isEqualTo(5);

    // The refused keys were not used up: the corrected request reserves every line.
    inventory.reserve(
        List.of(lines.get(0), lines.get(1), new ReservationLine("ship-9:3", MUG, LA, Quantity.of(3))));
    assertThat(inventory.level(MUG, SZ).reserved()).isEqualTo(4);
    assertThat(inventory.level(CUP, LA).reserved()).isEqualTo(2);
    assertThat(inventory.level(MUG, LA).reserved()).isEqualTo(3);
  }

  @Test
  void releaseGivesBackTheReservedUnitsOnce() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(4))));

    assertThat(inventory.release("line-1")).isTrue();
    assertThat(inventory.release("line-1")).isFalse();

    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 10, 0, 0, 0, 0));
    assertThat(inventory.reservation("line-1")).map(Reservation::state).contains(Reservation.State.RELEASED);
    assertThat(movements(MUG, SZ)).extracting(Movement::type)
        .containsExactly(MovementType.RECEIPT, MovementType.RESERVATION, MovementType.RELEASE);
    assertThat(movements(MUG, SZ)).last().extracting(Movement::delta)
        .isEqualTo(new StockDelta(0, -4, 0, 0, 0));
  }

  @Test
  void pickTakesTheReservedUnitsFromOnHandAndReservedOnce() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(4))));

    assertThat(inventory.pick("line-1")).isTrue();
    assertThat(inventory.pick("line-1")).isFalse();
    assertThat(inventory.release("line-1")).as("a picked reservation cannot be released").isFalse();

    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 6, 0, 0, 0, 0));
    assertThat(inventory.reservation("line-1")).map(Reservation::state).contains(Reservation.State.PICKED);
    assertThat(movements(MUG, SZ)).last().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MovementType.PICK);
      assertThat(m.delta()).isEqualTo(new StockDelta(-4, -4, 0, 0, 0));
    });
  }

  @Test
  void releasedReservationCannotBePicked() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.reserve(List.of(new ReservationLine("line-1", MUG, SZ, Quantity.of(4))));
    inventory.release("line-1");
    State before = state();

    assertThat(inventory.pick("line-1")).isFalse();
    assertNothingWritten(before);
  }

  @Test
  void releaseAndPickOfAnUnknownKeyChangeNothing() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    State before = state();

    assertThat(inventory.release("never-reserved")).isFalse();
    assertThat(inventory.pick("never-reserved")).isFalse();
    assertThat(inventory.reservation("never-reserved")).isEmpty();
    assertNothingWritten(before);
  }

  // ---- idempotency

  @Test
  void repeatingEveryCommandWithItsKeyChangesNothingMoreAndReturnsTheCurrentLevel() {
    record Step(String name, Supplier<StockLevel> command, WarehouseId at) {}
    List<Step> steps =
        List.of(
            new Step("expectInbound", () -> inventory.expectInbound("k-in", MUG, SZ, Quantity.of(10), "PO-1"), SZ),
            new Step("cancelInbound", () -> inventory.cancelInbound("k-cancel", MUG, SZ, Quantity.of(2), "PO-1"), SZ),
            new Step("receive expected", () -> inventory.receive("k-rcv", MUG, SZ, Quantity.of(3), "PO-1", true), SZ),
            new Step("receive", () -> inventory.receive("k-rcv2", MUG, SZ, Quantity.of(20), "RMA-1"), SZ),
            new Step("adjust", () -> inventory.adjust("k-adj", MUG, SZ, -1, "count"), SZ),
            new Step("markDefective", () -> inventory.markDefective("k-def", MUG, SZ, Quantity.of(2), "QC"), SZ),
            new Step("transferOut", () -> inventory.transferOut("k-out", MUG, SZ, Quantity.of(5), "FL-1"), SZ),
            new Step("transferIn", () -> inventory.transferIn("k-tin", MUG, SZ, LA, Quantity.of(4), "FL-1"), LA));

    for (Step step : steps) {
      StockLevel first = step.command().get();
      State afterFirst = state();
      clock.advance(Duration.ofMinutes(1));

      StockLevel again = step.command().get();

      assertThat(again).as(step.name()).isEqualTo(first).isEqualTo(inventory.level(MUG, step.at()));
      assertThat(state()).as(step.name()).isEqualTo(afterFirst);
    }
    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 15, 0, 5, 1, 2));
    assertThat(inventory.level(MUG, LA)).isEqualTo(new StockLevel(MUG, LA, 4, 0, 0, 0, 0));
    assertThat(stockMovedEvents()).hasSize(9);
  }

  @Test
  void aRepeatedCommandReturnsTheLevelAsItIsNowNotAsItWasThen() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
    inventory.receive("rcv-2", MUG, SZ, Quantity.of(3), "PO-2");

    StockLevel again = inventory.receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");

    assertThat(again.onHand()).isEqualTo(8);
    assertThat(movements(MUG, SZ)).hasSize(2);
  }

  @Test
  void theSameKeyForDifferentCommandsIsNotARepeat() {
    inventory.receive("k-1", MUG, SZ, Quantity.of(5), "PO-1");
    inventory.adjust("k-1", MUG, SZ, 2, "count");
    inventory.expectInbound("k-1", MUG, SZ, Quantity.of(4), "PO-2");

    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 7, 0, 4, 0, 0));
    assertThat(movements(MUG, SZ)).extracting(Movement::id).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void aRetriedReservationReservesNothingTwice() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.receive("rcv-2", CUP, LA, Quantity.of(10), "PO-2");
    List<ReservationLine> lines =
        List.of(
            new ReservationLine("ship-1:1", MUG, SZ, Quantity.of(2)),
            new ReservationLine("ship-1:2", CUP, LA, Quantity.of(3)));
    inventory.reserve(lines);
    State afterFirst = state();

    inventory.reserve(lines);

    assertThat(state()).isEqualTo(afterFirst);
    assertThat(inventory.level(MUG, SZ).reserved()).isEqualTo(2);
    assertThat(inventory.level(CUP, LA).reserved()).isEqualTo(3);

    // A retry that adds a line reserves only the new line.
    inventory.reserve(
        List.of(lines.get(0), lines.get(1), new ReservationLine("ship-1:3", MUG, SZ, Quantity.of(1))));
    assertThat(inventory.level(MUG, SZ).reserved()).isEqualTo(3);
    assertThat(inventory.level(CUP, LA).reserved()).isEqualTo(3);
    assertThat(stockMovedEvents()).filteredOn(e -> e.payload().contains("RESERVATION")).hasSize(3);
  }

  @Test
  void aReleasedKeyIsNotReservedAgain() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    ReservationLine line = new ReservationLine("line-1", MUG, SZ, Quantity.of(4));
    inventory.reserve(List.of(line));
    inventory.release("line-1");
    State before = state();

    inventory.reserve(List.of(line));

    assertNothingWritten(before);
    assertThat(inventory.level(MUG, SZ).reserved()).isZero();
    assertThat(inventory.reservation("line-1")).map(Reservation::state).contains(Reservation.State.RELEASED);
  }

  @Test
  void refusesAReservationKeyReusedForOtherStock() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.receive("rcv-2", MUG, LA, Quantity.of(10), "PO-2");
    inventory.receive("rcv-3", CUP, SZ, Quantity.of(10), "PO-3");
    inventory.reserve(List.of(new ReservationLine("taken", MUG, SZ, Quantity.of(2))));
    State before = state();
    ReservationLine fresh = new ReservationLine("fresh", MUG, SZ, Quantity.of(1));

    for (ReservationLine conflicting :
        List.of(
            new ReservationLine("taken", CUP, SZ, Quantity.of(2)),
            new ReservationLine("taken", MUG, LA, Quantity.of(2)),
            new ReservationLine("taken", MUG, SZ, Quantity.of(3)))) {
      assertThatThrownBy(() -> inventory.reserve(List.of(fresh, conflicting)))
          .as(conflicting.toString())
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e).isNotInstanceOf(InsufficientStockException.class);
                assertThat(e.field()).isEqualTo("lines[1].key");
                assertThat(e.value()).isEqualTo("taken");
              });
      assertNothingWritten(before);
      assertThat(inventory.reservation("fresh")).isEmpty();
    }
    assertThat(inventory.reservation("taken"))
        .contains(new Reservation("taken", MUG, SZ, Quantity.of(2), Reservation.State.ACTIVE));
  }

  @Test
  void refusesAStockCommandKeyReusedForADifferentChange() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    State before = state();

    for (Runnable reuse :
        List.<Runnable>of(
            () -> inventory.receive("rcv-1", MUG, SZ, Quantity.of(11), "PO-1"),
            () -> inventory.receive("rcv-1", MUG, LA, Quantity.of(10), "PO-1"),
            () -> inventory.receive("rcv-1", CUP, SZ, Quantity.of(10), "PO-1"),
            () -> inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-2"),
            () -> inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1", true))) {
      assertThatThrownBy(reuse::run)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("key");
                assertThat(e.value()).isEqualTo("rcv-1");
              });
      assertNothingWritten(before);
    }
    assertThat(inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1").onHand()).as("a true repeat").isEqualTo(10);
    assertNothingWritten(before);
  }

  @Test
  void refusesOneKeyUsedTwiceWithDifferentContentInOneRequest() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    State before = state();

    assertThatThrownBy(
            () ->
                inventory.reserve(
                    List.of(
                        new ReservationLine("dup", MUG, SZ, Quantity.of(1)),
                        new ReservationLine("dup", MUG, SZ, Quantity.of(2)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lines[1].key"));
    assertNothingWritten(before);
    assertThat(inventory.reservation("dup")).isEmpty();
  }

  // ---- refusals: typed errors that name field and value, and write nothing

  @Test
  void refusesAnUnknownSkuInEveryCommand() {
    stockEverywhere();
    State before = state();

    commands(UNKNOWN_SKU, null)
        .forEach(
            (name, command) -> {
              assertThatThrownBy(command::run)
                  .as(name)
                  .isInstanceOfSatisfying(
                      NotFoundException.class,
                      e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                        assertThat(e.field()).isEqualTo("sku");
                        assertThat(e.value()).isEqualTo("NOPE-1");
                      });
              assertNothingWritten(before);
            });
    assertThat(inventory.levels(UNKNOWN_SKU)).isEmpty();
  }

  @Test
  void refusesAnUnknownWarehouseInEveryCommand() {
    stockEverywhere();
    State before = state();

    commands(MUG, UNKNOWN_WAREHOUSE)
        .forEach(
            (name, command) -> {
              assertThatThrownBy(command::run)
                  .as(name)
                  .isInstanceOfSatisfying(
                      NotFoundException.class,
                      e -> {
                        assertThat(e.field()).isEqualTo("warehouse");
                        assertThat(e.value()).isEqualTo("XX-NOWHERE");
                      });
              assertNothingWritten(before);
            });
  }

  @Test
  void refusesABlankKeyInEveryCommand() {
    stockEverywhere();
    State before = state();

    for (String blank : List.of("", "   ")) {
      keyedCommands(blank)
          .forEach(
              (name, command) -> {
                assertThatThrownBy(command::run)
                    .as(name)
                    .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
                assertNothingWritten(before);
              });
    }
  }

  @Test
  void refusesAKeyLongerThan120CharactersInEveryCommand() {
    stockEverywhere();
    State before = state();
    String overlong = "k".repeat(121);

    keyedCommands(overlong)
        .forEach(
            (name, command) -> {
              assertThatThrownBy(command::run)
                  .as(name)
                  .isInstanceOfSatisfying(
                      InvalidInputException.class,
                      e -> {
                        assertThat(e.field()).isEqualTo("key");
                        assertThat(e.getMessage()).contains("120");
                      });
              assertNothingWritten(before);
            });
    assertThatThrownBy(
            () -> inventory.reserve(
                List.of(
                    new ReservationLine("ok", MUG, SZ, Quantity.of(1)),
                    new ReservationLine(overlong, MUG, SZ, Quantity.of(1)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lines[1].key");
              assertThat(e.value()).startsWith("kkk");
            });
    assertNothingWritten(before);
  }

  @Test
  void acceptsAKeyOfExactly120Characters() {
    String key = "k".repeat(120);

    inventory.receive(key, MUG, SZ, Quantity.of(2), "PO-1");
    inventory.reserve(List.of(new ReservationLine(key, MUG, SZ, Quantity.of(1))));

    assertThat(inventory.level(MUG, SZ)).isEqualTo(new StockLevel(MUG, SZ, 2, 1, 0, 0, 0));
    assertThat(inventory.release(key)).isTrue();
  }

  @Test
  void refusesABlankReasonOrReference() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    State before = state();

    assertThatThrownBy(() -> inventory.adjust("a-1", MUG, SZ, 1, " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> inventory.markDefective("d-1", MUG, SZ, Quantity.of(1), ""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> inventory.receive("r-2", MUG, SZ, Quantity.of(1), " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reference"));
    assertThatThrownBy(() -> inventory.transferOut("o-1", MUG, SZ, Quantity.of(1), "r".repeat(201)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reference"));
    assertNothingWritten(before);
  }

  @Test
  void refusesAnEmptyReservation() {
    assertThatThrownBy(() -> inventory.reserve(List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lines"));
  }

  // ---- reading: levels, available, the ledger and its events

  @Test
  void availableSumsOnHandMinusReservedOverEveryWarehouse() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    inventory.receive("rcv-2", MUG, LA, Quantity.of(7), "PO-2");
    inventory.receive("rcv-3", CUP, LA, Quantity.of(100), "PO-3");
    inventory.expectInbound("po-4", MUG, LA, Quantity.of(50), "PO-4");
    inventory.markDefective("qc-1", MUG, SZ, Quantity.of(1), "chipped");
    inventory.reserve(
        List.of(
            new ReservationLine("l-1", MUG, SZ, Quantity.of(2)),
            new ReservationLine("l-2", MUG, LA, Quantity.of(3))));

    assertThat(inventory.available(MUG)).isEqualTo((9 - 2) + (7 - 3));
    assertThat(inventory.available(CUP)).isEqualTo(100);
    assertThat(inventory.levels(MUG))
        .containsExactly(new StockLevel(MUG, SZ, 9, 2, 0, 0, 1), new StockLevel(MUG, LA, 7, 3, 50, 0, 0));
  }

  @Test
  void aSkuThatNeverMovedHasZeroStock() {
    assertThat(inventory.level(MUG, SZ)).isEqualTo(StockLevel.empty(MUG, SZ));
    assertThat(inventory.levels(MUG)).isEmpty();
    assertThat(inventory.available(MUG)).isZero();
    assertThat(inventory.movements(MUG, SZ, PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void theLedgerBalancesEveryBucketWhenPagedInSmallPages() {
    int commands = busyDay();

    for (int pageSize : List.of(1, 2, 3, 1000)) {
      assertEveryLedgerBalances(pageSize);
    }
    int ledgerSize = 0;
    for (SkuCode sku : SKUS) {
      for (WarehouseId warehouse : WAREHOUSES) {
        List<Movement> ledger = movements(sku, warehouse, 2);
        ledgerSize += ledger.size();
        assertThat(ledger).extracting(Movement::at).isSorted();
        assertThat(ledger).allSatisfy(m -> {
          assertThat(m.sku()).isEqualTo(sku);
          assertThat(m.warehouse()).isEqualTo(warehouse);
          assertThat(m.reference()).isNotBlank();
        });
      }
    }
    assertThat(ledgerSize).isEqualTo(commands);
  }

  @Test
  void eachMovementEmitsOneStockMovedEvent() throws Exception {
    busyDay();
    List<Movement> ledger = new ArrayList<>();
    for (SkuCode sku : SKUS) {
      for (WarehouseId warehouse : WAREHOUSES) {
        ledger.addAll(movements(sku, warehouse, 3));
      }
    }

    List<DomainEvent> events = stockMovedEvents();

    assertThat(events).hasSameSizeAs(ledger);
    assertThat(events).extracting(DomainEvent::id).doesNotHaveDuplicates();
    Map<String, Movement> byId = ledger.stream().collect(Collectors.toMap(Movement::id, m -> m));
    for (DomainEvent event : events) {
      JsonNode payload = json.readTree(event.payload());
      Movement movement = byId.get(payload.get("movementId").asText());
      assertThat(movement).as(event.payload()).isNotNull();
      assertThat(event.tenant()).isEqualTo(TENANT);
      assertThat(event.aggregateType()).isEqualTo("stock");
      assertThat(event.aggregateId()).isEqualTo(movement.sku() + "@" + movement.warehouse());
      assertThat(event.occurredAt()).isEqualTo(movement.at());
      assertThat(payload.get("sku").asText()).isEqualTo(movement.sku().value());
      assertThat(payload.get("warehouse").asText()).isEqualTo(movement.warehouse().value());
      assertThat(payload.get("type").asText()).isEqualTo(movement.type().name());
      assertThat(payload.get("reference").asText()).isEqualTo(movement.reference());
      assertThat(payload.get("delta").get("onHand").asLong()).isEqualTo(movement.delta().onHand());
      assertThat(payload.get("delta").get("reserved").asLong()).isEqualTo(movement.delta().reserved());
      assertThat(payload.get("delta").has("zero")).as("only the buckets").isFalse();
    }
    assertThat(events).extracting(this::movementIdOf).containsExactlyInAnyOrderElementsOf(byId.keySet());
  }

  @Test
  void aRefusedCommandEmitsNoEvent() {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(1), "PO-1");
    assertThat(stockMovedEvents()).hasSize(1);

    assertThatThrownBy(() -> inventory.adjust("a-1", MUG, SZ, -2, "lost"))
        .isInstanceOf(InsufficientStockException.class);
    assertThatThrownBy(() -> inventory.receive("r-2", UNKNOWN_SKU, SZ, Quantity.of(1), "PO-1"))
        .isInstanceOf(NotFoundException.class);

    assertThat(stockMovedEvents()).hasSize(1);
  }

  // ---- concurrency

  @Test
  void concurrentReservationsAndReleasesNeverOversellAndKeepTheLedgerBalanced() throws Exception {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(40), "PO-1");
    int threads = 8;
    int rounds = 150;
    pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Collection<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    Collection<String> stillActive = new ConcurrentLinkedQueue<>();
    AtomicInteger reserved = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(
          pool.submit(
              () -> {
                start.await();
                Deque<String> mine = new ArrayDeque<>();
                for (int i = 0; i < rounds; i++) {
                  String key = "t" + thread + "-" + i;
                  try {
                    inventory.reserve(List.of(new ReservationLine(key, MUG, SZ, Quantity.of(1 + i % 3))));
                    mine.add(key);
                    reserved.incrementAndGet();
                  } catch (InsufficientStockException e) {
                    refused.incrementAndGet();
                  } catch (Throwable e) {
                    unexpected.add(e);
                  }
                  if (i % 2 == 1 && !mine.isEmpty()) {
                    String oldest = mine.poll();
                    if (inventory.release(oldest)) {
                      released.incrementAndGet();
                    } else {
                      unexpected.add(new AssertionError("release of active " + oldest + " returned false"));
                    }
                  }
                  StockLevel seen = inventory.level(MUG, SZ);
                  if (!seen.isConsistent()) {
                    unexpected.add(new AssertionError("inconsistent level " + seen));
                  }
                }
                stillActive.addAll(mine);
                return null;
              }));
    }
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }

    assertThat(unexpected).isEmpty();
    assertThat(reserved.get() + refused.get()).isEqualTo(threads * rounds);
    assertThat(refused.get()).as("the stock ran out at times").isPositive();
    StockLevel level = inventory.level(MUG, SZ);
    long activeUnits =
        stillActive.stream()
            .map(key -> inventory.reservation(key).orElseThrow())
            .peek(r -> assertThat(r.state()).isEqualTo(Reservation.State.ACTIVE))
            .mapToLong(r -> r.quantity().value())
            .sum();
    assertThat(level.onHand()).isEqualTo(40);
    assertThat(level.reserved()).isEqualTo(activeUnits).isLessThanOrEqualTo(level.onHand());
    assertThat(level.isConsistent()).isTrue();
    assertEveryLedgerBalances(7);
    List<Movement> ledger = movements(MUG, SZ, 50);
    assertThat(ledger).filteredOn(m -> m.type() == MovementType.RESERVATION).hasSize(reserved.get());
    assertThat(ledger).filteredOn(m -> m.type() == MovementType.RELEASE).hasSize(released.get());
    assertThat(ledger).extracting(Movement::id).doesNotHaveDuplicates();
    assertThat(stockMovedEvents()).hasSameSizeAs(ledger);
  }

  @Test
  void concurrentRetriesOfOneReservationReserveItOnce() throws Exception {
    inventory.receive("rcv-1", MUG, SZ, Quantity.of(10), "PO-1");
    int threads = 8;
    pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Collection<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                  try {
                    inventory.reserve(
                        List.of(
                            new ReservationLine("shared-" + i, MUG, SZ, Quantity.of(1)),
                            new ReservationLine("shared-x", MUG, SZ, Quantity.of(2))));
                  } catch (InsufficientStockException e) {
                    // stock ran out for a new key; retries of known keys never fail
                  } catch (Throwable e) {
                    unexpected.add(e);
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }

    assertThat(unexpected).isEmpty();
    List<Movement> reservations =
        movements(MUG, SZ, 5).stream().filter(m -> m.type() == MovementType.RESERVATION).toList();
    assertThat(reservations).extracting(Movement::reference).doesNotHaveDuplicates().contains("shared-x");
    long units = reservations.stream().mapToLong(m -> m.delta().reserved()).sum();
    assertThat(inventory.level(MUG, SZ).reserved()).isEqualTo(units).isLessThanOrEqualTo(10);
    assertEveryLedgerBalances(4);
  }

  // ---- helpers

  /** Runs a day of every kind of command over both SKUs and warehouses; returns the movements made. */
  private int busyDay() {
    int n = 0;
    inventory.expectInbound("po-1", MUG, SZ, Quantity.of(30), "PO-1");
    n++;
    clock.advance(Duration.ofMinutes(5));
    inventory.receive("po-1-r1", MUG, SZ, Quantity.of(20), "PO-1", true);
    n++;
    inventory.cancelInbound("po-1-short", MUG, SZ, Quantity.of(10), "PO-1");
    n++;
    inventory.receive("rma-1", CUP, SZ, Quantity.of(8), "RMA-1");
    n++;
    clock.advance(Duration.ofMinutes(5));
    inventory.adjust("count-1", MUG, SZ, -2, "cycle count");
    n++;
    inventory.markDefective("qc-1", CUP, SZ, Quantity.of(1), "cracked");
    n++;
    inventory.transferOut("fl-1", MUG, SZ, Quantity.of(10), "FL-1");
    n++;
    inventory.transferOut("fl-2", CUP, SZ, Quantity.of(4), "FL-2");
    n++;
    clock.advance(Duration.ofHours(1));
    inventory.transferIn("fl-1-in", MUG, SZ, LA, Quantity.of(10), "FL-1");
    n += 2;
    inventory.transferIn("fl-2-in", CUP, SZ, LA, Quantity.of(3), "FL-2");
    n += 2;
    inventory.reserve(
        List.of(
            new ReservationLine("s-1:1", MUG, SZ, Quantity.of(3)),
            new ReservationLine("s-1:2", MUG, LA, Quantity.of(4)),
            new ReservationLine("s-1:3", CUP, LA, Quantity.of(1))));
    n += 3;
    clock.advance(Duration.ofMinutes(1));
    inventory.pick("s-1:1");
    n++;
    inventory.release("s-1:2");
    n++;
    inventory.reserve(List.of(new ReservationLine("s-2:1", MUG, LA, Quantity.of(5))));
    n++;
    inventory.adjust("count-2", MUG, LA, 1, "found one");
    n++;
    return n;
  }

  /** Puts stock in every bucket a command could take from, for refusal tests. */
  private void stockEverywhere() {
    for (SkuCode sku : SKUS) {
      for (WarehouseId warehouse : WAREHOUSES) {
        inventory.expectInbound("seed-in-" + sku + warehouse, sku, warehouse, Quantity.of(10), "SEED");
        inventory.receive("seed-rcv-" + sku + warehouse, sku, warehouse, Quantity.of(10), "SEED");
        inventory.transferOut("seed-out-" + sku + warehouse, sku, warehouse, Quantity.of(5), "SEED");
      }
    }
  }

  /** Every command, at {@code sku} and at {@code warehouse} (or a known one when {@code null}). */
  private Map<String, Runnable> commands(SkuCode sku, WarehouseId warehouse) {
    WarehouseId w = warehouse == null ? SZ : warehouse;
    Quantity one = Quantity.of(1);
    Map<String, Runnable> m = new LinkedHashMap<>();
    m.put("expectInbound", () -> inventory.expectInbound("x-1", sku, w, one, "REF"));
    m.put("cancelInbound", () -> inventory.cancelInbound("x-1", sku, w, one, "REF"));
    m.put("receive", () -> inventory.receive("x-1", sku, w, one, "REF"));
    m.put("receive expected", () -> inventory.receive("x-1", sku, w, one, "REF", true));
    m.put("adjust up", () -> inventory.adjust("x-1", sku, w, 1, "count"));
    m.put("adjust down", () -> inventory.adjust("x-1", sku, w, -1, "count"));
    m.put("markDefective", () -> inventory.markDefective("x-1", sku, w, one, "QC"));
    m.put("transferOut", () -> inventory.transferOut("x-1", sku, w, one, "REF"));
    m.put("transferIn from", () -> inventory.transferIn("x-1", sku, w, LA, one, "REF"));
    m.put("transferIn to", () -> inventory.transferIn("x-1", sku, SZ, w, one, "REF"));
    m.put("reserve", () -> inventory.reserve(List.of(new ReservationLine("x-1", sku, w, one))));
    m.put(
        "reserve second line",
        () ->
            inventory.reserve(
                List.of(
                    new ReservationLine("x-0", MUG, LA, one), new ReservationLine("x-1", sku, w, one))));
    return m;
  }

  /** Every command that takes a key, with {@code key}. */
  private Map<String, Runnable> keyedCommands(String key) {
    Quantity one = Quantity.of(1);
    Map<String, Runnable> m = new LinkedHashMap<>();
    m.put("expectInbound", () -> inventory.expectInbound(key, MUG, SZ, one, "REF"));
    m.put("cancelInbound", () -> inventory.cancelInbound(key, MUG, SZ, one, "REF"));
    m.put("receive", () -> inventory.receive(key, MUG, SZ, one, "REF"));
    m.put("adjust", () -> inventory.adjust(key, MUG, SZ, 1, "count"));
    m.put("markDefective", () -> inventory.markDefective(key, MUG, SZ, one, "QC"));
    m.put("transferOut", () -> inventory.transferOut(key, MUG, SZ, one, "REF"));
    m.put("transferIn", () -> inventory.transferIn(key, MUG, SZ, LA, one, "REF"));
    m.put("release", () -> inventory.release(key));
    m.put("pick", () -> inventory.pick(key));
    m.put("reservation", () -> inventory.reservation(key));
    if (key.isBlank()) {
      m.put("reserve", () -> inventory.reserve(List.of(new ReservationLine(key, MUG, SZ, one))));
    }
    return m;
  }

  /** Everything a command could write: every level, every ledger, the reservations' states. */
  private record State(List<StockLevel> levels, Map<String, List<Movement>> ledgers, int events) {}

  private State state() {
    List<StockLevel> levels = new ArrayList<>();
    Map<String, List<Movement>> ledgers = new LinkedHashMap<>();
    for (SkuCode sku : List.of(MUG, CUP, UNKNOWN_SKU)) {
      levels.addAll(inventory.levels(sku));
      for (WarehouseId warehouse : List.of(SZ, LA, UNKNOWN_WAREHOUSE)) {
        ledgers.put(sku + "@" + warehouse, movements(sku, warehouse, 1000));
      }
    }
    return new State(levels, ledgers, stockMovedEvents().size());
  }

  private void assertNothingWritten(State before) {
    assertThat(state()).isEqualTo(before);
  }

  private List<DomainEvent> stockMovedEvents() {
    erp.drainOutbox();
    return received.stream().filter(e -> e.type().equals(EventTypes.STOCK_MOVED)).toList();
  }

  private String movementIdOf(DomainEvent event) {
    try {
      return json.readTree(event.payload()).get("movementId").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Movement> movements(SkuCode sku, WarehouseId warehouse) {
    return movements(sku, warehouse, 1000);
  }

  /** The whole ledger, read in pages of {@code pageSize}. */
  private List<Movement> movements(SkuCode sku, WarehouseId warehouse, int pageSize) {
    List<Movement> all = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    PageRequest request = PageRequest.first(pageSize);
    while (true) {
      Page<Movement> page = inventory.movements(sku, warehouse, request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
      all.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      assertThat(cursors.add(page.next())).as("cursor repeats").isTrue();
      request = request.next(page);
    }
    assertThat(all).extracting(Movement::id).doesNotHaveDuplicates();
    return all;
  }

  private void assertEveryLedgerBalances(int pageSize) {
    for (SkuCode sku : SKUS) {
      for (WarehouseId warehouse : WAREHOUSES) {
        StockDelta sum =
            movements(sku, warehouse, pageSize).stream().map(Movement::delta).reduce(StockDelta.NONE, StockDelta::plus);
        StockLevel level = inventory.level(sku, warehouse);
        assertThat(new StockDelta(level.onHand(), level.reserved(), level.inbound(), level.inTransit(), level.defective()))
            .as("ledger of %s at %s in pages of %d", sku, warehouse, pageSize)
            .isEqualTo(sum);
        assertThat(level.isConsistent()).as("%s", level).isTrue();
      }
    }
  }
}
