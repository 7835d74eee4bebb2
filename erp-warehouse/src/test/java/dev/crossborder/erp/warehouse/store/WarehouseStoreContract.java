package dev.crossborder.erp.warehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.purchasing.PriceTier;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.PurchaseOrderStatus;
import dev.crossborder.erp.purchasing.Purchasing;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.warehouse.BinManagedWarehouseException;
import dev.crossborder.erp.warehouse.Warehouses;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.warehouse.inbound.Receipt;
import dev.crossborder.erp.warehouse.inbound.ReceiptId;
import dev.crossborder.erp.warehouse.inbound.ReceiptStatus;
import dev.crossborder.erp.warehouse.label.LabelReadBack;
import dev.crossborder.erp.warehouse.label.LabelSheet;
import dev.crossborder.erp.warehouse.label.LabelSize;
import dev.crossborder.erp.warehouse.label.LabelSpec;
import dev.crossborder.erp.warehouse.label.PdfLabelRenderer;
import dev.crossborder.erp.warehouse.label.ZplRenderer;
import dev.crossborder.erp.warehouse.layout.Aisle;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.BinType;
import dev.crossborder.erp.warehouse.layout.Capacity;
import dev.crossborder.erp.warehouse.layout.CountResult;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.layout.Zone;
import dev.crossborder.erp.warehouse.putaway.PutAwayPolicies;
import dev.crossborder.erp.warehouse.putaway.PutAwayTask;
import dev.crossborder.erp.warehouse.putaway.VelocityClass;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warehouse module's contract, run on every store that carries its repositories (in memory, H2
 * and PostgreSQL): the inbound flow end to end with the purchase order, the ledger and the bins
 * agreeing; replays changing nothing; typed errors naming the field; and the store semantics
 * (atomic with erp-core's writes, tenant isolation, no lost update under concurrent scans).
 *
 * <p>A host with its own store implements the warehouse repositories and extends this class,
 * returning its store (with the module's repositories) from {@link #store()}.
 */
public abstract class WarehouseStoreContract {
  static final WarehouseId WH = WarehouseId.of("SZ-1");
  static final SkuCode RED = SkuCode.of("MUG-RED");
  static final SkuCode BLUE = SkuCode.of("MUG-BLUE");
  static final SkuCode GREEN = SkuCode.of("MUG-GREEN");
  static final Map<SkuCode, String> BARCODES = Map.of(RED, "6901234500011", BLUE, "6901234500028", GREEN, "6901234500035");
  static final BinCode RCV = BinCode.of("RCV-1");
  static final BinCode DEF = BinCode.of("DEF-1");
  static final BinCode P1 = BinCode.of("P-01");
  static final BinCode P2 = BinCode.of("P-02");
  static final BinCode B1 = BinCode.of("B-01");
  static final BinCode B2 = BinCode.of("B-02");
  static final BinCode B3 = BinCode.of("B-03");
  static final Currency CNY = Currency.getInstance("CNY");

  /** The store under test, carrying the warehouse module's repositories; may be shared by tests. */
  protected abstract Store store();

  private Erp erp;
  private Warehouses wh;
  private TenantId tenant;
  /** Every command of a flow, to replay. */
  private final List<Runnable> commands = new ArrayList<>();

  @BeforeEach
  void setUp() {
    tenant = TenantId.of("wh-" + UUID.randomUUID());
    erp = Erp.builder().tenant(tenant).store(store()).clock(MutableClock.at(Instant.parse("2026-12-01T08:00:00Z"))).build();
    wh = Warehouses.of(erp);
    Product.Builder product = Product.builder().id(ProductId.of("MUG")).title("Ceramic mug").brand("Acme").category("Home/Mugs");
    for (SkuCode sku : List.of(RED, BLUE, GREEN)) {
      product.addSku(
          Sku.builder()
              .code(sku)
              .productId(ProductId.of("MUG"))
              .name("Mug " + sku)
              .barcode(BARCODES.get(sku))
              .dimensions(Dimensions.ofCentimeters("10", "10", "10"))
              .build());
    }
    erp.catalog().create(product.build());
    erp.inventory().saveWarehouse(new Warehouse(WH, "Shenzhen 1", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    wh.bins().defineLayout(layout());
  }

  static WarehouseLayout layout() {
    Aisle front =
        new Aisle(
            "A",
            List.of(
                new Bin(RCV, 1, 1, 1, 0, 0, BinType.RECEIVING, Capacity.unlimited()),
                new Bin(DEF, 1, 1, 2, 1, 0, BinType.DEFECTIVE, Capacity.units(100)),
                new Bin(P1, 2, 1, 1, 2, 0, BinType.PICK, Capacity.units(20)),
                new Bin(P2, 3, 1, 1, 4, 0, BinType.PICK, Capacity.units(20))));
    Aisle back =
        new Aisle(
            "B",
            List.of(
                new Bin(B1, 1, 1, 1, 10, 5, BinType.BULK, Capacity.units(50)),
                new Bin(B2, 2, 1, 1, 20, 5, BinType.BULK, new Capacity(50, 60_000)),
                new Bin(B3, 3, 1, 1, 30, 5, BinType.BULK, Capacity.units(50))));
    return WarehouseLayout.of(WH, 0, 0, List.of(new Zone("MAIN", List.of(front, back))));
  }

  private PurchaseOrder orderedPo(boolean overReceiptAllowed) {
    Purchasing p = erp.purchasing();
    p.saveSupplier(new Supplier(SupplierId.of("s1"), "Mug factory", "Ms Li", CNY, "30% deposit", 4, overReceiptAllowed));
    for (SkuCode sku : List.of(RED, BLUE, GREEN)) {
      p.saveOffer(new SupplierOffer(SupplierId.of("s1"), sku, CNY, List.of(new PriceTier(1, UnitAmount.of("12.50", "CNY"))), 1, 1, 15, true));
    }
    PurchaseOrder draft =
        p.addToDraft(
            SupplierId.of("s1"),
            WH,
            List.of(new Purchasing.DraftLine(RED, 40, null), new Purchasing.DraftLine(BLUE, 30, null), new Purchasing.DraftLine(GREEN, 20, null)));
    p.approve(draft.id());
    return p.markOrdered(draft.id(), "SUP-1", LocalDate.parse("2026-12-20"));
  }

  private void run(Runnable command) {
    command.run();
    commands.add(command);
  }

  private void scan(String key, ReceiptId receipt, SkuCode sku, long quantity) {
    run(() -> wh.receiving().scan(key, receipt, BARCODES.get(sku), quantity));
  }

  private List<PutAwayTask> planAndConfirm(
      String key, SkuCode sku, long quantity, dev.crossborder.erp.warehouse.putaway.PutAwayPolicy policy, Map<SkuCode, String> labels) {
    List<PutAwayTask> tasks = wh.putAway().plan(key, WH, RCV, sku, "", quantity, policy);
    commands.add(() -> wh.putAway().plan(key, WH, RCV, sku, "", quantity, policy));
    for (PutAwayTask t : tasks) {
      run(() -> wh.putAway().confirm("confirm-" + t.id(), t.id(), t.to().value(), labels.get(t.sku())));
    }
    return tasks;
  }

  /**
   * Labels the units that passed QC on {@code receipts}, one SKU label per unit, as ZPL for a
   * thermal printer and as A4 sheets (3 × 8) for an office printer; checks both, reading the PDF
   * back (its text, and the barcodes of two pages as a scanner sees them), and returns the value
   * read off each SKU's label.
   */
  private Map<SkuCode, String> labelPassedUnits(List<ReceiptId> receipts) {
    Map<SkuCode, Long> passed = new LinkedHashMap<>();
    for (ReceiptId id : receipts) {
      for (var line : wh.receiving().receipt(id).orElseThrow().lines()) {
        passed.merge(line.sku(), line.passed(), Long::sum);
      }
    }
    assertThat(passed).containsExactlyInAnyOrderEntriesOf(Map.of(RED, 40L, BLUE, 27L, GREEN, 20L));
    List<LabelSpec> specs = new ArrayList<>();
    for (SkuCode sku : List.of(RED, BLUE, GREEN)) {
      String name = erp.catalog().sku(sku).orElseThrow().name();
      specs.add(LabelSpec.skuUnit(sku, name, LabelSize.ofMillimetres(63, 33), Math.toIntExact(passed.get(sku))));
    }

    String zpl = new String(ZplRenderer.standard().render(specs).content(), StandardCharsets.US_ASCII);
    assertThat(zpl.split("\\^XA", -1)).hasSize(4);
    assertThat(zpl).contains("^FH\\^FDMUG-RED^FS", "^PQ40", "^FH\\^FDMUG-BLUE^FS", "^PQ27", "^FH\\^FDMUG-GREEN^FS", "^PQ20");

    LabelDocument pdf = PdfLabelRenderer.sheets(LabelSheet.A4_3X8).render(specs);
    assertThat(LabelReadBack.pages(pdf)).isEqualTo(4); // 87 labels, 24 a sheet
    String text = "";
    for (int page = 0; page < 4; page++) {
      text += LabelReadBack.text(pdf, page);
    }
    assertThat(text.split("Mug MUG-RED", -1)).hasSize(41);
    assertThat(text.split("Mug MUG-BLUE", -1)).hasSize(28);
    assertThat(text.split("Mug MUG-GREEN", -1)).hasSize(21);
    // Sheet 2 holds red labels 25 to 40, then the first eight blue ones; sheet 4 the last green ones.
    List<String> second = LabelReadBack.sheetBarcodes(pdf, 1, 300, LabelSheet.A4_3X8, 24);
    assertThat(second).containsExactlyElementsOf(
        java.util.stream.Stream.concat(java.util.Collections.nCopies(16, "MUG-RED").stream(), java.util.Collections.nCopies(8, "MUG-BLUE").stream()).toList());
    List<String> fourth = LabelReadBack.sheetBarcodes(pdf, 3, 300, LabelSheet.A4_3X8, 1);
    assertThat(fourth).containsExactly("MUG-GREEN");
    return Map.of(RED, second.get(0), BLUE, second.get(23), GREEN, fourth.get(0));
  }

  @Test
  void receivesAThreeLinePoInTwoDeliveriesWithOneQcFailureAndPutsItAwayByEachStrategy() {
    PurchaseOrder po = orderedPo(false);
    assertThat(erp.inventory().level(RED, WH).inbound()).isEqualTo(40);

    ReceiptId r1 = ReceiptId.of("DN-1");
    run(() -> wh.receiving().openForPurchaseOrder(r1, po.id(), RCV));
    scan("s1", r1, RED, 10);
    scan("s2", r1, RED, 10);
    scan("s3", r1, BLUE, 15);
    scan("s4", r1, BLUE, 15);
    scan("s5", r1, GREEN, 5);
    run(() -> wh.receiving().inspect("qc1", r1, RED, 20, 0, ""));
    run(() -> wh.receiving().inspect("qc2", r1, BLUE, 27, 3, "cracked handle"));
    run(() -> wh.receiving().inspect("qc3", r1, GREEN, 5, 0, ""));
    run(() -> wh.receiving().close(r1));
    PurchaseOrder afterFirst = erp.purchasing().purchaseOrder(po.id()).orElseThrow();
    assertThat(afterFirst.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
    assertThat(erp.inventory().level(RED, WH).inbound()).isEqualTo(20);

    ReceiptId r2 = ReceiptId.of("DN-2");
    run(() -> wh.receiving().openForPurchaseOrder(r2, po.id(), RCV));
    scan("s6", r2, RED, 20);
    scan("s7", r2, GREEN, 15);
    run(() -> wh.receiving().inspect("qc4", r2, RED, 20, 0, ""));
    run(() -> wh.receiving().inspect("qc5", r2, GREEN, 15, 0, ""));
    run(() -> wh.receiving().close(r2));

    // Every unit that passed QC gets a SKU label; put-away then scans the labels, not the maker's barcodes.
    Map<SkuCode, String> scanned = labelPassedUnits(List.of(r1, r2));
    assertThat(scanned).containsOnlyKeys(RED, BLUE, GREEN);

    // Put-away, one strategy after another.
    List<PutAwayTask> empty = planAndConfirm("pa1", RED, 30, PutAwayPolicies.nearestEmpty(BinType.BULK), scanned);
    assertThat(empty).extracting(PutAwayTask::to).containsExactly(B1);
    assertThat(empty.get(0).reason()).contains("nearest empty BULK bin");
    List<PutAwayTask> same = planAndConfirm("pa2", RED, 10, PutAwayPolicies.sameSkuFirst(), scanned);
    assertThat(same).extracting(PutAwayTask::to).containsExactly(B1);
    assertThat(same.get(0).reason()).contains("already holds MUG-RED");
    List<PutAwayTask> fast = planAndConfirm("pa3", BLUE, 27, PutAwayPolicies.byVelocity(s -> VelocityClass.FAST), scanned);
    assertThat(fast).extracting(PutAwayTask::to, PutAwayTask::quantity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(P1, 20L), org.assertj.core.groups.Tuple.tuple(P2, 7L));
    List<PutAwayTask> slow = planAndConfirm("pa4", GREEN, 20, PutAwayPolicies.byVelocity(s -> VelocityClass.SLOW), scanned);
    assertThat(slow).extracting(PutAwayTask::to).containsExactly(B3);
    assertThat(slow.get(0).reason()).contains("slow mover");

    PurchaseOrder received = erp.purchasing().purchaseOrder(po.id()).orElseThrow();
    assertThat(received.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    assertThat(received.lines()).extracting(PurchaseOrderLine::received).containsExactly(40L, 30L, 20L);
    assertLevel(RED, 40, 0);
    assertLevel(BLUE, 27, 3);
    assertLevel(GREEN, 20, 0);
    assertThat(wh.bins().stock(WH, RCV)).isEmpty();
    assertThat(wh.bins().stock(WH, DEF)).containsExactly(new BinStock(DEF, BLUE, "", 3));
    assertThat(wh.bins().stock(WH, B1)).containsExactly(new BinStock(B1, RED, "", 40));
    assertThat(wh.bins().stock(WH, P1)).containsExactly(new BinStock(P1, BLUE, "", 20));
    assertThat(wh.bins().stock(WH, P2)).containsExactly(new BinStock(P2, BLUE, "", 7));
    assertThat(wh.bins().stock(WH, B3)).containsExactly(new BinStock(B3, GREEN, "", 20));
    assertBinsAgreeWithLedger();
    Receipt first = wh.receiving().receipt(r1).orElseThrow();
    assertThat(first.status()).isEqualTo(ReceiptStatus.CLOSED);
    assertThat(first.line(BLUE).orElseThrow().failureReasons()).containsExactly("cracked handle");

    // Replaying every command of the flow changes nothing.
    Map<String, Object> before = snapshot(po);
    commands.forEach(Runnable::run);
    assertThat(snapshot(po)).isEqualTo(before);

    // A closed purchase order takes no more receipts.
    erp.purchasing().close(po.id(), "complete");
    assertThatThrownBy(() -> wh.receiving().openForPurchaseOrder(ReceiptId.of("DN-3"), po.id(), RCV))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("purchaseOrderId"));
  }

  private void assertLevel(SkuCode sku, long onHand, long defective) {
    StockLevel level = erp.inventory().level(sku, WH);
    assertThat(level.onHand()).as("on hand of %s", sku).isEqualTo(onHand);
    assertThat(level.defective()).as("defective of %s", sku).isEqualTo(defective);
    assertThat(level.inbound()).as("inbound of %s", sku).isZero();
  }

  /** Sellable bins add up to on hand and defective bins to defective, for every SKU. */
  private void assertBinsAgreeWithLedger() {
    WarehouseLayout layout = wh.bins().layout(WH).orElseThrow();
    for (SkuCode sku : List.of(RED, BLUE, GREEN)) {
      long sellable = 0;
      long defective = 0;
      for (BinStock s : wh.bins().stockOf(WH, sku)) {
        if (layout.requireBin(s.bin(), "bin").type().holdsDefective()) {
          defective += s.quantity();
        } else {
          sellable += s.quantity();
        }
      }
      StockLevel level = erp.inventory().level(sku, WH);
      assertThat(sellable).as("sellable bins of %s", sku).isEqualTo(level.onHand());
      assertThat(defective).as("defective bins of %s", sku).isEqualTo(level.defective());
    }
  }

  private Map<String, Object> snapshot(PurchaseOrder po) {
    Map<String, Object> s = new LinkedHashMap<>();
    PurchaseOrder now = erp.purchasing().purchaseOrder(po.id()).orElseThrow();
    s.put("po", now.status() + " " + now.lines() + " v" + now.version());
    for (SkuCode sku : List.of(RED, BLUE, GREEN)) {
      s.put("level " + sku, erp.inventory().level(sku, WH));
      s.put("bins " + sku, wh.bins().stockOf(WH, sku));
      Page<Movement> moves = erp.inventory().movements(sku, WH, PageRequest.first(500));
      s.put("ledger " + sku, moves.items().stream().map(Movement::id).toList());
    }
    s.put("receipts", List.of(wh.receiving().receipt(ReceiptId.of("DN-1")), wh.receiving().receipt(ReceiptId.of("DN-2"))));
    return s;
  }

  @Test
  void refusesBadInputWithTypedErrorsNamingTheField() {
    PurchaseOrder po = orderedPo(false);
    ReceiptId r = ReceiptId.of("DN-9");
    wh.receiving().openForPurchaseOrder(r, po.id(), RCV);
    assertField(() -> wh.receiving().scan("x1", r, "9999999999999", 1), "barcode");
    assertField(() -> wh.receiving().scan("x2", r, BARCODES.get(RED), 41), "quantity");
    assertField(() -> wh.receiving().scan("x3", r, BARCODES.get(RED), 0), "quantity");
    wh.receiving().scan("x4", r, BARCODES.get(RED), 30);
    assertField(() -> wh.receiving().scan("x4", r, BARCODES.get(BLUE), 1), "key");
    assertField(() -> wh.receiving().inspect("q0", r, RED, 25, 6, "dented"), "passed");
    assertField(() -> wh.receiving().inspect("q1", r, RED, 20, 10, " "), "reason");
    wh.receiving().inspect("q2", r, RED, 30, 0, "");

    assertField(() -> wh.putAway().planInto("p1", WH, RCV, RED, "", 21, P1), "quantity"); // P-01 holds 20
    assertField(() -> wh.putAway().planInto("p2", WH, RCV, RED, "", 5, DEF), "bin");
    assertField(() -> wh.bins().move("m1", WH, RCV, DEF, RED, "", 5), "to");
    assertField(() -> wh.bins().move("m2", WH, RCV, P1, RED, "", 31), "quantity");
    assertField(() -> wh.bins().count("c1", WH, RCV, RED, "", -1, "recount"), "counted");
    assertField(() -> wh.bins().count("c2", WH, BinCode.of("NOPE"), RED, "", 1, "recount"), "bin");

    PutAwayTask task = wh.putAway().planInto("p3", WH, RCV, RED, "", 10, P1);
    assertField(() -> wh.putAway().confirm("k1", task.id(), P2.value(), BARCODES.get(RED)), "bin");
    assertField(() -> wh.putAway().confirm("k2", task.id(), P1.value(), BARCODES.get(BLUE)), "sku");
    wh.putAway().confirm("k3", task.id(), P1.value(), BARCODES.get(RED));
    assertField(() -> wh.putAway().confirm("k4", task.id(), P1.value(), BARCODES.get(RED)), "taskId");

    // Nothing of the refused commands was written.
    assertThat(wh.bins().stock(WH, RCV)).containsExactly(new BinStock(RCV, RED, "", 20));
    assertThat(wh.bins().stock(WH, P1)).containsExactly(new BinStock(P1, RED, "", 10));
    assertThat(wh.bins().stock(WH, DEF)).isEmpty();
    assertThat(erp.inventory().level(RED, WH).onHand()).isEqualTo(30);
    assertBinsAgreeWithLedger();
  }

  @Test
  void overReceiptIsAcceptedWhenTheSupplierAllowsIt() {
    PurchaseOrder po = orderedPo(true);
    ReceiptId r = ReceiptId.of("DN-OVER");
    wh.receiving().openForPurchaseOrder(r, po.id(), RCV);
    wh.receiving().scan("o1", r, BARCODES.get(GREEN), 22);
    wh.receiving().inspect("o2", r, GREEN, 22, 0, "");
    assertThat(erp.inventory().level(GREEN, WH).onHand()).isEqualTo(22);
    assertThat(erp.inventory().level(GREEN, WH).inbound()).isZero();
    assertThat(erp.purchasing().purchaseOrder(po.id()).orElseThrow().line(GREEN).orElseThrow().received()).isEqualTo(22);
    assertBinsAgreeWithLedger();
  }

  @Test
  void stockInABinManagedWarehouseMovesOnlyThroughWarehouseCommands() {
    ReceiptId r = ReceiptId.of("BLIND-1");
    wh.receiving().openBlind(r, WH, "walk-in", RCV);
    wh.receiving().scan("b1", r, RED.value(), 12);
    wh.receiving().inspect("b2", r, RED, 12, 0, "");
    wh.bins().move("b3", WH, RCV, B2, RED, "", 12);

    assertThatThrownBy(() -> erp.inventory().adjust("adj-1", RED, WH, -2, "lost"))
        .isInstanceOfSatisfying(BinManagedWarehouseException.class, e -> {
          assertThat(e.field()).isEqualTo("warehouse");
          assertThat(e.movement()).isEqualTo(MovementType.ADJUSTMENT);
          assertThat(e.getMessage()).contains("cycle count");
        });
    assertThatThrownBy(() -> erp.inventory().receive("rcv-1", RED, WH, Quantity.of(1), "manual"))
        .isInstanceOf(BinManagedWarehouseException.class);
    assertThatThrownBy(() -> erp.inventory().markDefective("def-1", RED, WH, Quantity.of(1), "broken"))
        .isInstanceOf(BinManagedWarehouseException.class);

    CountResult count = wh.bins().count("cc-1", WH, B2, RED, "", 10, "cycle count: 2 missing");
    assertThat(count.variance()).isEqualTo(-2);
    assertThat(wh.bins().count("cc-1", WH, B2, RED, "", 10, "cycle count: 2 missing")).isEqualTo(count);
    assertThat(erp.inventory().level(RED, WH).onHand()).isEqualTo(10);
    List<Movement> moves = erp.inventory().movements(RED, WH, PageRequest.first(50)).items();
    assertThat(moves).filteredOn(m -> m.type() == MovementType.ADJUSTMENT).singleElement()
        .satisfies(m -> assertThat(m.note()).contains("2 missing"));
    assertBinsAgreeWithLedger();
  }

  @Test
  void asnReceiptsRefuseWhatTheAsnDoesNotExpect() {
    ReceiptId r = ReceiptId.of("ASN-1");
    wh.receiving().openForAsn(r, WH, "ASN-778", Map.of(BLUE, 10L), RCV);
    assertField(() -> wh.receiving().scan("a1", r, BARCODES.get(RED), 1), "barcode");
    assertField(() -> wh.receiving().scan("a2", r, BARCODES.get(BLUE), 11), "quantity");
    wh.receiving().scan("a3", r, BARCODES.get(BLUE), 10);
    assertField(() -> wh.receiving().close(r), "receiptId");
    wh.receiving().inspect("a4", r, BLUE, 9, 1, "wet carton");
    assertThat(wh.receiving().close(r).status()).isEqualTo(ReceiptStatus.CLOSED);
    assertField(() -> wh.receiving().scan("a5", r, BARCODES.get(BLUE), 1), "receiptId");
    assertThat(erp.inventory().level(BLUE, WH).defective()).isEqualTo(1);
    assertBinsAgreeWithLedger();
  }

  @Test
  void warehouseWritesCommitAndRollBackWithErpCoresWrites() {
    assertThatThrownBy(
            () ->
                store()
                    .useTransaction(
                        tenant,
                        tx -> {
                          tx.repository(BinStockRepository.class).add(WH, B1, RED, "", 5);
                          tx.repository(InboundRepository.class).recordCommand("k", "x");
                          erp.inventory().saveWarehouse(new Warehouse(WarehouseId.of("SZ-2"), "Two", "CN", WarehouseKind.OWN, ZoneId.of("UTC")));
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    store().useTransaction(tenant, tx -> {
      assertThat(tx.repository(BinStockRepository.class).quantity(WH, B1, RED, "")).isZero();
      assertThat(tx.repository(InboundRepository.class).command("k")).isEmpty();
    });
    assertThat(erp.inventory().warehouse(WarehouseId.of("SZ-2"))).isEmpty();
  }

  @Test
  void binStockNeverGoesNegativeAndTenantsAreIsolated() {
    store().useTransaction(tenant, tx -> {
      BinStockRepository stock = tx.repository(BinStockRepository.class);
      assertThat(stock.add(WH, B1, RED, "L1", 3)).isTrue();
      assertThat(stock.add(WH, B1, RED, "L1", -4)).isFalse();
      assertThat(stock.add(WH, B1, RED, "L1", -3)).isTrue();
      assertThat(stock.add(WH, B1, RED, "L1", 2)).isTrue();
    });
    TenantId other = TenantId.of("wh-other-" + UUID.randomUUID());
    store().useTransaction(other, tx -> {
      assertThat(tx.repository(BinStockRepository.class).inWarehouse(WH)).isEmpty();
      assertThat(tx.repository(LayoutRepository.class).find(WH)).isEmpty();
    });
    store().useTransaction(tenant, tx ->
        assertThat(tx.repository(BinStockRepository.class).inBin(WH, B1)).containsExactly(new BinStock(B1, RED, "L1", 2)));
  }

  @Test
  void aStaleLayoutVersionIsAConcurrentUpdate() {
    WarehouseLayout stored = wh.bins().layout(WH).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    wh.bins().defineLayout(stored);
    assertThatThrownBy(() -> store().useTransaction(tenant, tx -> tx.repository(LayoutRepository.class).save(stored)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(wh.bins().layout(WH).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void concurrentScansLoseNoCountAndAResentScanCountsOnce() throws Exception {
    ReceiptId r = ReceiptId.of("BLIND-C");
    wh.receiving().openBlind(r, WH, "", RCV);
    wh.receiving().scan("first", r, GREEN.value(), 1); // a blind receipt learns a SKU from its code
    int threads = 4;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            wh.receiving().scan("t" + thread + "-" + i, r, BARCODES.get(GREEN), 1);
            wh.receiving().scan("same", r, BARCODES.get(GREEN), 1); // one PDA resending one scan
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wh.receiving().receipt(r).orElseThrow().line(GREEN).orElseThrow().counted()).isEqualTo(threads * each + 2);
  }

  private static void assertField(Runnable command, String field) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
