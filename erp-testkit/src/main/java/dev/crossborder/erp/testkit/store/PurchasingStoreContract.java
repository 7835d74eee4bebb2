package dev.crossborder.erp.testkit.store;

import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.purchasing.PriceTier;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderChange;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.PurchaseOrderStatus;
import dev.crossborder.erp.purchasing.ReceiptLine;
import dev.crossborder.erp.purchasing.Shortfall;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.PurchasingRepository;
import dev.crossborder.erp.store.Store;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PurchasingRepository}: suppliers and offers upserted and read back
 * exactly, purchase orders inserted once and updated at their version, one draft per supplier and
 * warehouse, the overdue query with keyset paging, atomic rollback and tenant isolation. {@link
 * StoreContract} runs it as its nested group {@code Purchases}; a host may also extend it alone.
 * Every test writes under its own random tenant.
 */
public abstract class PurchasingStoreContract {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final SkuCode MUG = SkuCode.of("MUG-01");
  private static final SkuCode CUP = SkuCode.of("CUP-01");
  private static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  private static final WarehouseId LA = WarehouseId.of("US-LA");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  private static final long WAIT_SECONDS = 120;

  private final TenantId tenant = TenantId.of("kit-" + UUID.randomUUID());

  /** Creates the contract; subclasses need no constructor of their own. */
  protected PurchasingStoreContract() {}

  /** The store under test; may be shared by every test. */
  protected abstract Store store();

  @Test
  void savesSuppliersAndReplacesThemById() {
    run(repo -> repo.saveSupplier(supplier("s1", "First", false)));
    run(repo -> repo.saveSupplier(supplier("s1", "First renamed", true)));
    run(repo -> repo.saveSupplier(supplier("s2", "Second", false)));

    assertThat(supplierOf("s1")).contains(supplier("s1", "First renamed", true));
    assertThat(supplierOf("nope")).isEmpty();
    assertThat(StoreContract.pageAll(1, page -> call(repo -> repo.suppliers(page))))
        .extracting(Supplier::id)
        .containsExactly(SupplierId.of("s1"), SupplierId.of("s2"));
  }

  @Test
  void keepsOneOfferPerSupplierAndSkuOrderedBySupplier() {
    run(
        repo -> {
          repo.saveOffer(offer("s2", MUG, 100));
          repo.saveOffer(offer("s1", MUG, 50));
          repo.saveOffer(offer("s1", CUP, 10));
        });
    run(repo -> repo.saveOffer(offer("s2", MUG, 200)));

    assertThat(offersOf(MUG)).containsExactly(offer("s1", MUG, 50), offer("s2", MUG, 200));
    assertThat(offersOf(CUP)).containsExactly(offer("s1", CUP, 10));
    assertThat(offersOf(SkuCode.of("NONE"))).isEmpty();
  }

  @Test
  void insertsAPurchaseOrderAtVersionZeroAndReadsItBackExactly() {
    PurchaseOrder order = order("po-1", "s1", SZ, PurchaseOrderStatus.ORDERED, DAY).withVersion(7);
    run(repo -> repo.insertOrder(order));

    assertThat(orderOf(order.id())).contains(order.withVersion(0));
    assertThat(orderOf(PurchaseOrderId.of("po-none"))).isEmpty();
    assertThat(lockedOf(order.id())).contains(order.withVersion(0));
    assertThat(lockedOf(PurchaseOrderId.of("po-none"))).isEmpty();
  }

  @Test
  void refusesASecondOrderWithTheSameId() {
    run(repo -> repo.insertOrder(order("po-1", "s1", SZ, PurchaseOrderStatus.ORDERED, DAY)));

    assertThatThrownBy(() -> run(repo -> repo.insertOrder(order("po-1", "s2", LA, PurchaseOrderStatus.APPROVED, null))))
        .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("purchaseOrderId"));
  }

  @Test
  void updatesAtTheReadVersionOnly() {
    PurchaseOrder order = order("po-1", "s1", SZ, PurchaseOrderStatus.ORDERED, DAY);
    run(repo -> repo.insertOrder(order));
    PurchaseOrder received = withStatus(order, PurchaseOrderStatus.RECEIVED);

    PurchaseOrder stored = store().inTransaction(tenant, tx -> tx.repository(PurchasingRepository.class).updateOrder(received));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(orderOf(order.id())).contains(stored);
    assertThatThrownBy(() -> run(repo -> repo.updateOrder(received)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> run(repo -> repo.updateOrder(order("po-none", "s1", SZ, PurchaseOrderStatus.DRAFT, null))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("purchaseOrderId"));
  }

  @Test
  void keepsOneDraftPerSupplierAndWarehouse() {
    PurchaseOrder draft = order("po-1", "s1", SZ, PurchaseOrderStatus.DRAFT, null);
    run(repo -> repo.insertOrder(draft));
    run(repo -> repo.insertOrder(order("po-2", "s1", LA, PurchaseOrderStatus.DRAFT, null)));

    assertThat(draftOf("s1", SZ)).contains(draft);
    assertThat(draftOf("s2", SZ)).isEmpty();
    assertThatThrownBy(() -> run(repo -> repo.insertOrder(order("po-3", "s1", SZ, PurchaseOrderStatus.DRAFT, null))))
        .isInstanceOf(ConcurrentUpdateException.class);

    run(repo -> repo.updateOrder(withStatus(draft, PurchaseOrderStatus.APPROVED)));

    assertThat(draftOf("s1", SZ)).isEmpty();
    run(repo -> repo.insertOrder(order("po-3", "s1", SZ, PurchaseOrderStatus.DRAFT, null)));
    assertThat(draftOf("s1", SZ))
        .map(PurchaseOrder::id)
        .contains(PurchaseOrderId.of("po-3"));
  }

  @Test
  void findsOpenOrdersExpectedBeforeADayPageByPage() {
    run(
        repo -> {
          repo.insertOrder(order("po-a", "s1", SZ, PurchaseOrderStatus.ORDERED, DAY.minusDays(1)));
          repo.insertOrder(order("po-b", "s1", SZ, PurchaseOrderStatus.PARTIALLY_RECEIVED, DAY.minusDays(30)));
          repo.insertOrder(order("po-c", "s1", SZ, PurchaseOrderStatus.APPROVED, DAY.minusDays(2)));
          repo.insertOrder(order("po-d", "s1", SZ, PurchaseOrderStatus.ORDERED, DAY));
          repo.insertOrder(order("po-e", "s1", SZ, PurchaseOrderStatus.RECEIVED, DAY.minusDays(5)));
          repo.insertOrder(order("po-f", "s1", SZ, PurchaseOrderStatus.CANCELLED, DAY.minusDays(5)));
          repo.insertOrder(order("po-g", "s1", SZ, PurchaseOrderStatus.ORDERED, null));
        });

    for (int limit : List.of(1, 2, PageRequest.MAX_LIMIT)) {
      assertThat(StoreContract.pageAll(limit, page -> call(repo -> repo.overdue(DAY, page))))
          .extracting(o -> o.id().value())
          .containsExactly("po-a", "po-b", "po-c");
    }
  }

  @Test
  void rollsBackEveryPurchasingWriteWhenTheCallbackThrows() {
    assertThatThrownBy(
            () ->
                store()
                    .useTransaction(
                        tenant,
                        tx -> {
                          PurchasingRepository repo = tx.repository(PurchasingRepository.class);
                          repo.saveSupplier(supplier("s1", "First", false));
                          repo.saveOffer(offer("s1", MUG, 10));
                          repo.insertOrder(order("po-1", "s1", SZ, PurchaseOrderStatus.DRAFT, null));
                          throw new IllegalStateException("callback failed");
                        }))
        .hasMessage("callback failed");

    assertThat(supplierOf("s1")).isEmpty();
    assertThat(offersOf(MUG)).isEmpty();
    assertThat(orderOf(PurchaseOrderId.of("po-1"))).isEmpty();
    assertThat(draftOf("s1", SZ)).isEmpty();
  }

  @Test
  void anotherTenantSeesNothing() {
    run(
        repo -> {
          repo.saveSupplier(supplier("s1", "First", false));
          repo.saveOffer(offer("s1", MUG, 10));
          repo.insertOrder(order("po-1", "s1", SZ, PurchaseOrderStatus.DRAFT, null));
          repo.insertOrder(order("po-2", "s1", SZ, PurchaseOrderStatus.ORDERED, DAY.minusDays(1)));
        });
    TenantId other = TenantId.of("kit-" + UUID.randomUUID());
    store().useTransaction(
        other,
        tx -> {
          PurchasingRepository repo = tx.repository(PurchasingRepository.class);
          assertThat(repo.findSupplier(SupplierId.of("s1"))).isEmpty();
          assertThat(repo.suppliers(PageRequest.first(10)).items()).isEmpty();
          assertThat(repo.offers(MUG)).isEmpty();
          assertThat(repo.findOrder(PurchaseOrderId.of("po-1"))).isEmpty();
          assertThat(repo.findDraft(SupplierId.of("s1"), SZ)).isEmpty();
          assertThat(repo.overdue(DAY, PageRequest.first(10)).items()).isEmpty();
          repo.insertOrder(order("po-1", "s1", SZ, PurchaseOrderStatus.DRAFT, null));
        });
  }

  @Test
  void concurrentShortfallsMergeIntoOneDraftAndConcurrentReceiptsNeverOverReceive() throws Exception {
    Erp erp = Erp.builder().tenant(tenant).store(store()).build();
    erp.catalog().create(Fixtures.product("P1", MUG.value()));
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.purchasing().saveSupplier(supplier("s1", "First", false));
    erp.purchasing().saveOffer(offer("s1", MUG, 1));
    int threads = 4;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            erp.purchasing().addShortfall(new Shortfall(MUG, Quantity.of(1), DAY.plusDays(60), SZ));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(WAIT_SECONDS, TimeUnit.SECONDS);
      }
      PurchaseOrder draft = draftOf("s1", SZ).orElseThrow();
      assertThat(draft.lines()).extracting(PurchaseOrderLine::quantity).containsExactly((long) threads * each);
      assertThat(draft.history()).hasSize(threads * each);

      erp.purchasing().approve(draft.id());
      erp.purchasing().markOrdered(draft.id(), null, DAY);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> receipts = new ArrayList<>();
      for (int t = 0; t < threads + 1; t++) {
        String key = "r" + t;
        receipts.add(pool.submit(() -> {
          go.await();
          try {
            erp.purchasing().receive(draft.id(), key, List.of(ReceiptLine.of(MUG, each)));
            return true;
          } catch (InvalidInputException e) {
            return false;
          }
        }));
      }
      go.countDown();
      int accepted = 0;
      for (Future<Boolean> f : receipts) {
        accepted += f.get(WAIT_SECONDS, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(threads);
      assertThat(orderOf(draft.id()).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
      StockLevel level = erp.inventory().level(MUG, SZ);
      assertThat(level.onHand()).isEqualTo((long) threads * each);
      assertThat(level.inbound()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- helpers

  private void run(Consumer<PurchasingRepository> work) {
    store().useTransaction(tenant, tx -> work.accept(tx.repository(PurchasingRepository.class)));
  }

  private <T> T call(Function<PurchasingRepository, T> work) {
    return store().inTransaction(tenant, tx -> work.apply(tx.repository(PurchasingRepository.class)));
  }

  private Optional<Supplier> supplierOf(String id) {
    return call(repo -> repo.findSupplier(SupplierId.of(id)));
  }

  private List<SupplierOffer> offersOf(SkuCode sku) {
    return call(repo -> repo.offers(sku));
  }

  private Optional<PurchaseOrder> orderOf(PurchaseOrderId id) {
    return call(repo -> repo.findOrder(id));
  }

  private Optional<PurchaseOrder> lockedOf(PurchaseOrderId id) {
    return call(repo -> repo.lockOrder(id));
  }

  private Optional<PurchaseOrder> draftOf(String supplier, WarehouseId warehouse) {
    return call(repo -> repo.findDraft(SupplierId.of(supplier), warehouse));
  }

  private static Supplier supplier(String id, String name, boolean overReceipt) {
    return new Supplier(SupplierId.of(id), name, "Ms Li, WeChat li-factory", CNY, "30% deposit", 4, overReceipt);
  }

  private static SupplierOffer offer(String supplier, SkuCode sku, long moq) {
    return new SupplierOffer(
        SupplierId.of(supplier),
        sku,
        CNY,
        List.of(
            new PriceTier(1, UnitAmount.of("12.345678", "CNY")),
            new PriceTier(500, UnitAmount.of("11.000001", "CNY"))),
        moq,
        12,
        15,
        supplier.equals("s1"));
  }

  private static PurchaseOrder order(
      String id, String supplier, WarehouseId warehouse, PurchaseOrderStatus status, @Nullable LocalDate arrival) {
    return new PurchaseOrder(
        PurchaseOrderId.of(id),
        SupplierId.of(supplier),
        warehouse,
        CNY,
        status,
        List.of(
            new PurchaseOrderLine(1, MUG, 120, 20, UnitAmount.of("12.345678", "CNY"), DAY.plusDays(3)),
            new PurchaseOrderLine(2, CUP, 48, 0, UnitAmount.of("3.50", "CNY"), null)),
        arrival,
        status == PurchaseOrderStatus.DRAFT ? null : "1688-" + id,
        List.of("r-2", "r-1"),
        List.of(new PurchaseOrderChange(T0, "created", "line 1 MUG-01 +120 = 120")),
        0);
  }

  private static PurchaseOrder withStatus(PurchaseOrder order, PurchaseOrderStatus status) {
    return order.with(status, order.lines(), new PurchaseOrderChange(T0.plusSeconds(60), "changed", "to " + status));
  }
}
