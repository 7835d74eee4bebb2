package dev.crossborder.erp.purchasing.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.Inventory;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.purchasing.Lane;
import dev.crossborder.erp.purchasing.PlanningItem;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderChange;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.PurchaseOrderStatus;
import dev.crossborder.erp.purchasing.PurchasePlan;
import dev.crossborder.erp.purchasing.Purchasing;
import dev.crossborder.erp.purchasing.ReceiptLine;
import dev.crossborder.erp.purchasing.ReceiptListener;
import dev.crossborder.erp.purchasing.SalesHistory;
import dev.crossborder.erp.purchasing.Shortfall;
import dev.crossborder.erp.purchasing.SkuSuggestion;
import dev.crossborder.erp.purchasing.StockPosition;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierConnector;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.PurchasingRepository;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.WarehouseRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link Purchasing} over the store's {@link PurchasingRepository}, moving stock through the
 * tenant's {@link Inventory} inside the same transaction. Thread-safe.
 */
public final class StorePurchasing implements Purchasing {
  private final ErpContext ctx;
  private final Inventory inventory;
  private final OrderHistory orderHistory;
  private final ReceiptListener receipts;

  /**
   * Reads daily sales from the stored orders within a transaction. Implemented next to the orders
   * (the order package's {@code OrderSalesHistory::load}) and handed in by {@code Erp}, so that
   * purchasing does not depend on the order package, which depends on purchasing for shortfalls.
   */
  @FunctionalInterface
  public interface OrderHistory {
    /** The sales of the {@code days} days ending on {@code lastDay}, read within {@code tx}. */
    SalesHistory load(
        StoreTransaction tx, LocalDate lastDay, int days, ZoneId zone, Map<ShopId, WarehouseId> unshippedAt);
  }

  /**
   * Creates the service for {@code ctx}'s tenant; {@code inventory} must use the same context;
   * {@code orderHistory} answers {@link #salesFromOrders}.
   */
  public StorePurchasing(ErpContext ctx, Inventory inventory, OrderHistory orderHistory) {
    this(ctx, inventory, orderHistory, (tx, po, key, lines) -> { });
  }

  /** A service that also tells {@code receipts} of every applied receipt, in its transaction. */
  public StorePurchasing(ErpContext ctx, Inventory inventory, OrderHistory orderHistory, ReceiptListener receipts) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.inventory = requireNonNull(inventory, "inventory == null");
    this.orderHistory = requireNonNull(orderHistory, "orderHistory == null");
    this.receipts = requireNonNull(receipts, "receipts == null");
  }

  @Override
  public void saveSupplier(Supplier supplier) {
    requireNonNull(supplier, "supplier == null");
    ctx.tx(
        tx -> {
          tx.repository(PurchasingRepository.class).saveSupplier(supplier);
          ctx.emit(tx, "supplier", supplier.id().value(), "supplier.saved", Map.of("supplierId", supplier.id()));
          return null;
        });
  }

  @Override
  public Optional<Supplier> supplier(SupplierId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(PurchasingRepository.class).findSupplier(id));
  }

  @Override
  public Page<Supplier> suppliers(PageRequest page) {
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(PurchasingRepository.class).suppliers(page));
  }

  @Override
  public void saveOffer(SupplierOffer offer) {
    requireNonNull(offer, "offer == null");
    ctx.tx(
        tx -> {
          PurchasingRepository repo = tx.repository(PurchasingRepository.class);
          Supplier supplier = supplier(repo, offer.supplier());
          if (!supplier.currency().equals(offer.currency())) {
            throw new CurrencyMismatchException(supplier.currency(), offer.currency());
          }
          if (tx.repository(CatalogRepository.class).findSku(offer.sku()).isEmpty()) {
            throw new NotFoundException("sku", offer.sku());
          }
          repo.saveOffer(offer);
          return null;
        });
  }

  @Override
  public List<SupplierOffer> offers(SkuCode sku) {
    requireNonNull(sku, "sku == null");
    return ctx.tx(tx -> tx.repository(PurchasingRepository.class).offers(sku));
  }

  @Override
  public PurchaseOrder addToDraft(SupplierId supplier, WarehouseId warehouse, List<DraftLine> lines) {
    requireNonNull(supplier, "supplier == null");
    requireNonNull(warehouse, "warehouse == null");
    List<DraftLine> copy = List.copyOf(Checks.notEmpty("lines", lines));
    return ctx.tx(tx -> addToDraft(tx, supplier, warehouse, copy, "line_added"));
  }

  @Override
  public List<PurchaseOrder> draftsFrom(PurchasePlan plan) {
    requireNonNull(plan, "plan == null");
    return ctx.tx(
        tx -> {
          List<PurchaseOrder> drafts = new ArrayList<>();
          for (Map.Entry<SupplierId, List<SkuSuggestion>> e : plan.purchasesBySupplier().entrySet()) {
            Map<WarehouseId, List<DraftLine>> byWarehouse = new LinkedHashMap<>();
            for (SkuSuggestion s : e.getValue()) {
              byWarehouse
                  .computeIfAbsent(s.purchaseWarehouse(), w -> new ArrayList<>())
                  .add(new DraftLine(s.sku(), s.purchaseQuantity(), null));
            }
            for (Map.Entry<WarehouseId, List<DraftLine>> w : byWarehouse.entrySet()) {
              drafts.add(addToDraft(tx, e.getKey(), w.getKey(), w.getValue(), "line_added"));
            }
          }
          return drafts;
        });
  }

  @Override
  public PurchaseOrder addShortfall(Shortfall shortfall) {
    requireNonNull(shortfall, "shortfall == null");
    return ctx.tx(
        tx -> {
          PurchasingRepository repo = tx.repository(PurchasingRepository.class);
          Warehouse warehouse =
              tx.repository(WarehouseRepository.class)
                  .find(shortfall.warehouse())
                  .orElseThrow(() -> new NotFoundException("warehouse", shortfall.warehouse()));
          LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), warehouse.zone());
          List<SupplierOffer> offers = repo.offers(shortfall.sku());
          if (offers.isEmpty()) {
            throw new NotFoundException("sku", shortfall.sku());
          }
          Map<SupplierId, Integer> ratings = new LinkedHashMap<>();
          for (SupplierOffer o : offers) {
            ratings.put(o.supplier(), supplier(repo, o.supplier()).rating());
          }
          Comparator<SupplierOffer> best =
              Comparator.<SupplierOffer>comparingInt(
                      o -> today.plusDays(o.leadTimeDays()).isAfter(shortfall.neededBy()) ? 1 : 0)
                  .thenComparingInt(o -> o.preferred() ? 0 : 1)
                  .thenComparingInt(SupplierOffer::leadTimeDays)
                  .thenComparing(o -> -ratings.get(o.supplier()))
                  .thenComparing(o -> o.supplier().value());
          SupplierOffer offer = offers.stream().min(best).orElseThrow();
          DraftLine line =
              new DraftLine(shortfall.sku(), shortfall.quantity().value(), shortfall.neededBy());
          return addToDraft(tx, offer.supplier(), shortfall.warehouse(), List.of(line), "shortfall_added");
        });
  }

  @Override
  public PurchaseOrder changeLine(PurchaseOrderId id, SkuCode sku, long quantity, String reason) {
    requireNonNull(sku, "sku == null");
    Checks.positive("quantity", quantity);
    String why = Checks.text("reason", reason, 500);
    return step(
        id,
        "line_changed",
        (tx, po) -> {
          requireStatus(po, PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.DRAFT);
          PurchaseOrderLine old = po.line(sku).orElseThrow(() -> new NotFoundException("sku", sku));
          SupplierOffer offer = offer(tx.repository(PurchasingRepository.class), po.supplier(), sku, "sku");
          List<PurchaseOrderLine> lines = replace(po.lines(), old,
              new PurchaseOrderLine(old.lineNo(), sku, quantity, 0, offer.unitPrice(quantity), old.neededBy()));
          return po.with(po.status(), lines,
              change("line_changed", "line " + old.lineNo() + " " + sku + ": " + old.quantity() + " -> " + quantity
                  + " (" + why + ")"));
        });
  }

  @Override
  public PurchaseOrder approve(PurchaseOrderId id) {
    return step(
        id,
        "approved",
        (tx, po) -> {
          requireStatus(po, PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.DRAFT);
          for (PurchaseOrderLine line : po.lines()) {
            inventory.expectInbound(
                key(po, "line" + line.lineNo()), line.sku(), po.warehouse(), Quantity.of(line.quantity()), ref(po));
          }
          return po.with(PurchaseOrderStatus.APPROVED, po.lines(),
              change("approved", po.openQuantity() + " units inbound at " + po.warehouse()));
        });
  }

  @Override
  public PurchaseOrder markOrdered(PurchaseOrderId id, @Nullable String supplierReference, LocalDate expectedArrival) {
    requireNonNull(expectedArrival, "expectedArrival == null");
    String reference = supplierReference == null ? null : Checks.text("supplierReference", supplierReference, 120);
    return step(
        id,
        "ordered",
        (tx, po) -> {
          requireStatus(po, PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.APPROVED);
          return po.withOrdering(expectedArrival, reference)
              .with(PurchaseOrderStatus.ORDERED, po.lines(),
                  change("ordered", "expected " + expectedArrival + (reference == null ? "" : ", supplier ref " + reference)));
        });
  }

  @Override
  public PurchaseOrder placeWith(SupplierConnector connector, PurchaseOrderId id, LocalDate expectedArrival) {
    requireNonNull(connector, "connector == null");
    requireNonNull(expectedArrival, "expectedArrival == null");
    PurchaseOrder po = purchaseOrder(id).orElseThrow(() -> new NotFoundException("purchaseOrderId", id));
    if (!po.supplier().equals(connector.supplier())) {
      throw new InvalidInputException("supplier", po.supplier(), "is not served by the connector of " + connector.supplier());
    }
    requireStatus(po, PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.APPROVED);
    SupplierConnector.SupplierOrderStatus placed = connector.placeOrder(po);
    return markOrdered(id, placed.supplierReference(), expectedArrival);
  }

  @Override
  public PurchaseOrder receive(PurchaseOrderId id, String receiptKey, List<ReceiptLine> lines) {
    String key = Checks.token("receiptKey", receiptKey, 40);
    List<ReceiptLine> receipt = List.copyOf(Checks.notEmpty("lines", lines));
    return step(
        id,
        "received",
        (tx, po) -> {
          if (po.receipts().contains(key)) {
            return po;
          }
          PurchaseOrderStatus status = po.status();
          if (status != PurchaseOrderStatus.ORDERED && status != PurchaseOrderStatus.PARTIALLY_RECEIVED) {
            throw new IllegalTransitionException("status", status, PurchaseOrderStatus.RECEIVED);
          }
          boolean overAllowed = supplier(tx.repository(PurchasingRepository.class), po.supplier()).allowsOverReceipt();
          List<PurchaseOrderLine> next = new ArrayList<>(po.lines());
          StringBuilder detail = new StringBuilder("receipt " + key + ":");
          Set<SkuCode> seen = new HashSet<>();
          for (int i = 0; i < receipt.size(); i++) {
            ReceiptLine r = receipt.get(i);
            if (!seen.add(r.sku())) {
              throw new InvalidInputException("lines[" + i + "].sku", r.sku(), "is listed twice");
            }
            int index = indexOf(next, r.sku(), "lines[" + i + "].sku");
            PurchaseOrderLine line = next.get(index);
            long units = r.quantity().value();
            long expected = Math.min(units, line.open());
            long extra = units - expected;
            if (extra > 0 && !overAllowed) {
              throw new InvalidInputException(
                  "lines[" + i + "].quantity", units, "exceeds the open quantity " + line.open() + " of " + line.sku());
            }
            String moveKey = key(po, key + ":" + line.lineNo());
            if (expected > 0) {
              inventory.receive(moveKey, line.sku(), po.warehouse(), Quantity.of(expected), ref(po), true);
            }
            if (extra > 0) {
              inventory.receive(moveKey + ":over", line.sku(), po.warehouse(), Quantity.of(extra), ref(po), false);
            }
            next.set(index, new PurchaseOrderLine(
                line.lineNo(), line.sku(), line.quantity(), line.received() + units, line.unitPrice(), line.neededBy()));
            detail.append(' ').append(line.sku()).append(" +").append(units);
          }
          receipts.received(tx, po, key, receipt);
          boolean complete = next.stream().allMatch(l -> l.open() == 0);
          PurchaseOrderStatus to = complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
          return po.with(to, next, change("received", detail.toString())).withReceipt(key);
        });
  }

  @Override
  public PurchaseOrder close(PurchaseOrderId id, String reason) {
    String why = Checks.text("reason", reason, 500);
    return step(
        id,
        "closed",
        (tx, po) -> {
          requireStatus(po, PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
          long open = releaseOpen(po, "close");
          return po.with(PurchaseOrderStatus.CLOSED, po.lines(),
              change("closed", why + (open > 0 ? "; " + open + " open units cancelled" : "")));
        });
  }

  @Override
  public PurchaseOrder cancel(PurchaseOrderId id, String reason) {
    String why = Checks.text("reason", reason, 500);
    return step(
        id,
        "cancelled",
        (tx, po) -> {
          requireStatus(po, PurchaseOrderStatus.CANCELLED,
              PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.ORDERED);
          if (po.status().isOpen()) {
            releaseOpen(po, "cancel");
          }
          return po.with(PurchaseOrderStatus.CANCELLED, po.lines(), change("cancelled", why));
        });
  }

  @Override
  public SalesHistory salesFromOrders(
      LocalDate lastDay, int days, ZoneId zone, Map<ShopId, WarehouseId> unshippedAt) {
    requireNonNull(lastDay, "lastDay == null");
    Checks.positive("days", days);
    requireNonNull(zone, "zone == null");
    Map<ShopId, WarehouseId> shops = Map.copyOf(unshippedAt);
    return ctx.tx(tx -> orderHistory.load(tx, lastDay, days, zone, shops));
  }

  @Override
  public List<PlanningItem> planningItems(
      List<SkuCode> skus,
      List<Lane> lanes,
      SalesHistory history,
      LocalDate lastDay,
      int days,
      Map<WarehouseId, Long> inTransitTo) {
    List<SkuCode> codes = List.copyOf(Checks.notEmpty("skus", skus));
    List<Lane> laneList = List.copyOf(Checks.notEmpty("lanes", lanes));
    requireNonNull(history, "history == null");
    requireNonNull(lastDay, "lastDay == null");
    Checks.positive("days", days);
    Map<WarehouseId, Long> transit = Map.copyOf(inTransitTo);
    Comparator<SupplierOffer> preference =
        Comparator.<SupplierOffer>comparingInt(o -> o.preferred() ? 0 : 1)
            .thenComparingInt(SupplierOffer::leadTimeDays)
            .thenComparing(o -> o.supplier().value());
    return ctx.tx(
        tx -> {
          CatalogRepository catalog = tx.repository(CatalogRepository.class);
          InventoryRepository ledger = tx.repository(InventoryRepository.class);
          PurchasingRepository repo = tx.repository(PurchasingRepository.class);
          List<PlanningItem> items = new ArrayList<>(codes.size());
          for (int i = 0; i < codes.size(); i++) {
            SkuCode sku = codes.get(i);
            String field = "skus[" + i + "]";
            Sku found = catalog.findSku(sku).orElseThrow(() -> new NotFoundException(field, sku));
            Optional<SupplierOffer> offer = repo.offers(sku).stream().min(preference);
            if (offer.isEmpty()) {
              continue;
            }
            List<PlanningItem.LaneInput> inputs = new ArrayList<>(laneList.size());
            for (Lane lane : laneList) {
              StockLevel level =
                  ledger.level(sku, lane.warehouse()).orElse(StockLevel.empty(sku, lane.warehouse()));
              inputs.add(
                  new PlanningItem.LaneInput(
                      lane,
                      history.sales(sku, lane.warehouse(), lastDay, days),
                      StockPosition.of(level, transit.getOrDefault(lane.warehouse(), 0L))));
            }
            String category = catalog.findProduct(found.productId()).flatMap(p -> p.category()).orElse(null);
            items.add(new PlanningItem(sku, category, offer.get(), inputs));
          }
          return items;
        });
  }

  @Override
  public Optional<PurchaseOrder> purchaseOrder(PurchaseOrderId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(PurchasingRepository.class).findOrder(id));
  }

  @Override
  public Page<PurchaseOrder> overdue(LocalDate asOf, PageRequest page) {
    requireNonNull(asOf, "asOf == null");
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(PurchasingRepository.class).overdue(asOf, page));
  }

  // ---- steps

  /** A change of one stored order: read, check, move stock, store at the next version, emit. */
  @FunctionalInterface
  private interface Step {
    PurchaseOrder apply(StoreTransaction tx, PurchaseOrder order);
  }

  private PurchaseOrder step(PurchaseOrderId id, String action, Step step) {
    requireNonNull(id, "id == null");
    return ctx.tx(
        tx -> {
          PurchasingRepository repo = tx.repository(PurchasingRepository.class);
          PurchaseOrder po = repo.lockOrder(id).orElseThrow(() -> new NotFoundException("purchaseOrderId", id));
          PurchaseOrder next = step.apply(tx, po);
          if (next == po) {
            return po;
          }
          PurchaseOrder stored = repo.updateOrder(next);
          emit(tx, stored, action);
          return stored;
        });
  }

  private PurchaseOrder addToDraft(
      StoreTransaction tx, SupplierId supplierId, WarehouseId warehouse, List<DraftLine> lines, String action) {
    PurchasingRepository repo = tx.repository(PurchasingRepository.class);
    Supplier supplier = supplier(repo, supplierId);
    if (tx.repository(WarehouseRepository.class).find(warehouse).isEmpty()) {
      throw new NotFoundException("warehouse", warehouse);
    }
    Optional<PurchaseOrder> draft = repo.findDraft(supplierId, warehouse);
    List<PurchaseOrderLine> next = new ArrayList<>(draft.map(PurchaseOrder::lines).orElse(List.of()));
    StringBuilder detail = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      DraftLine add = lines.get(i);
      SupplierOffer offer = offer(repo, supplierId, add.sku(), "lines[" + i + "].sku");
      int index = next.stream().map(PurchaseOrderLine::sku).toList().indexOf(add.sku());
      PurchaseOrderLine line;
      if (index < 0) {
        line = new PurchaseOrderLine(next.size() + 1, add.sku(), add.quantity(), 0, offer.unitPrice(add.quantity()),
            add.neededBy());
        next.add(line);
      } else {
        PurchaseOrderLine old = next.get(index);
        long quantity = Math.addExact(old.quantity(), add.quantity());
        line = new PurchaseOrderLine(old.lineNo(), add.sku(), quantity, 0, offer.unitPrice(quantity),
            earliest(old.neededBy(), add.neededBy()));
        next.set(index, line);
      }
      detail.append(detail.length() == 0 ? "" : "; ").append("line ").append(line.lineNo()).append(' ')
          .append(add.sku()).append(" +").append(add.quantity()).append(" = ").append(line.quantity());
      if (add.neededBy() != null) {
        detail.append(" needed by ").append(add.neededBy());
      }
    }
    PurchaseOrderChange change = change(action, detail.toString());
    if (draft.isPresent()) {
      PurchaseOrder stored = repo.updateOrder(draft.get().with(PurchaseOrderStatus.DRAFT, next, change));
      emit(tx, stored, action);
      return stored;
    }
    PurchaseOrder created =
        new PurchaseOrder(PurchaseOrderId.of(ctx.ids().nextId()), supplierId, warehouse, supplier.currency(),
            PurchaseOrderStatus.DRAFT, next, null, null, List.of(), List.of(change), 0);
    repo.insertOrder(created);
    emit(tx, created, "created");
    return repo.findOrder(created.id()).orElseThrow();
  }

  /** Cancels every line's open quantity from inbound; returns the units cancelled. */
  private long releaseOpen(PurchaseOrder po, String why) {
    long total = 0;
    for (PurchaseOrderLine line : po.lines()) {
      if (line.open() > 0) {
        inventory.cancelInbound(
            key(po, why + ":" + line.lineNo()), line.sku(), po.warehouse(), Quantity.of(line.open()), ref(po));
        total += line.open();
      }
    }
    return total;
  }

  private void emit(StoreTransaction tx, PurchaseOrder po, String action) {
    ctx.emit(
        tx,
        "purchase_order",
        po.id().value(),
        "purchase_order." + action,
        Map.of("purchaseOrderId", po.id(), "supplierId", po.supplier(), "status", po.status(),
            "openQuantity", po.openQuantity()));
  }

  private PurchaseOrderChange change(String action, String detail) {
    return new PurchaseOrderChange(ctx.clock().instant(), action, detail);
  }

  private static void requireStatus(PurchaseOrder po, PurchaseOrderStatus to, PurchaseOrderStatus... from) {
    for (PurchaseOrderStatus s : from) {
      if (po.status() == s) {
        return;
      }
    }
    throw new IllegalTransitionException("status", po.status(), to);
  }

  private static Supplier supplier(PurchasingRepository repo, SupplierId id) {
    return repo.findSupplier(id).orElseThrow(() -> new NotFoundException("supplier", id));
  }

  private static SupplierOffer offer(PurchasingRepository repo, SupplierId supplier, SkuCode sku, String field) {
    return repo.offers(sku).stream()
        .filter(o -> o.supplier().equals(supplier))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(field, sku + " from " + supplier));
  }

  private static int indexOf(List<PurchaseOrderLine> lines, SkuCode sku, String field) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).sku().equals(sku)) {
        return i;
      }
    }
    throw new NotFoundException(field, sku);
  }

  private static List<PurchaseOrderLine> replace(
      List<PurchaseOrderLine> lines, PurchaseOrderLine old, PurchaseOrderLine now) {
    List<PurchaseOrderLine> out = new ArrayList<>(lines);
    out.set(out.indexOf(old), now);
    return out;
  }

  private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static String key(PurchaseOrder po, String suffix) {
    return "po:" + po.id().value() + ":" + suffix;
  }

  private static String ref(PurchaseOrder po) {
    return "po:" + po.id().value();
  }
}
