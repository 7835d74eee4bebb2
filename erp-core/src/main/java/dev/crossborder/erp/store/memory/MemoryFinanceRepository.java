package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.finance.CostLayer;
import dev.crossborder.erp.finance.CostPosition;
import dev.crossborder.erp.finance.CostingMethod;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.finance.ProfitKind;
import dev.crossborder.erp.finance.ProfitLine;
import dev.crossborder.erp.finance.ProfitQuery;
import dev.crossborder.erp.finance.internal.ProfitCursor;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.FinanceRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finance tables of one in-memory session. Layer and profit queries scan the tenant's rows;
 * updates register a precondition on the version they read, inserts one on the key's absence.
 */
final class MemoryFinanceRepository implements FinanceRepository {
  private final MemorySession s;
  private final FinanceTables t;

  MemoryFinanceRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables.finance;
  }

  @Override
  public Optional<CostingMethod> costingMethod(WarehouseId warehouse) {
    return Optional.ofNullable(s.get(t.methods, warehouse.value()));
  }

  @Override
  public void saveCostingMethod(WarehouseId warehouse, CostingMethod method) {
    s.put(t.methods, warehouse.value(), requireNonNull(method, "method == null"));
  }

  @Override
  public Optional<CostPosition> position(SkuCode sku, WarehouseId warehouse) {
    return Optional.ofNullable(s.get(t.positions, new Keys.Level(sku.value(), warehouse.value())));
  }

  @Override
  public boolean holdsUnits(WarehouseId warehouse) {
    return !s.scan(t.positions, null, null,
        (k, v) -> k.warehouse().equals(warehouse.value()) && v.quantity() > 0, 1).isEmpty();
  }

  @Override
  public CostPosition savePosition(CostPosition position) {
    Keys.Level key = new Keys.Level(position.sku().value(), position.warehouse().value());
    CostPosition stored = s.get(t.positions, key);
    long expected = position.version();
    if (stored == null ? expected != 0 : stored.version() != expected) {
      throw new ConcurrentUpdateException("cost position " + key.sku() + " at " + key.warehouse() + " version " + expected);
    }
    CostPosition next = new CostPosition(position.sku(), position.warehouse(), position.quantity(), position.value(),
        expected + 1);
    s.put(t.positions, key, next);
    s.precondition(
        () -> {
          CostPosition c = t.positions.committed.get(key);
          long now = c == null ? 0 : c.version();
          return now == expected ? null : "cost position " + key.sku() + " at " + key.warehouse() + " version " + expected;
        });
    return next;
  }

  @Override
  public void insertLayer(CostLayer layer) {
    String id = layer.id();
    if (s.get(t.layers, id) != null) {
      throw new DuplicateKeyException("layerId", id);
    }
    s.put(t.layers, id, layer.atVersion(0));
    s.requireAbsentAtCommit(t.layers, id, "cost layer " + id);
  }

  @Override
  public Optional<CostLayer> layer(String id) {
    return Optional.ofNullable(s.get(t.layers, requireNonNull(id, "id == null")));
  }

  @Override
  public CostLayer updateLayer(CostLayer layer) {
    String id = layer.id();
    CostLayer stored = s.get(t.layers, id);
    long expected = layer.version();
    if (stored == null || stored.version() != expected) {
      throw new ConcurrentUpdateException("cost layer " + id + " version " + expected);
    }
    CostLayer next = layer.atVersion(expected + 1);
    boolean rewrite = s.wrote(t.layers, id);
    s.put(t.layers, id, next);
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          CostLayer c = t.layers.committed.get(id);
          return c == null || c.version() == expected ? null : "cost layer " + id + " version " + expected;
        });
    return next;
  }

  @Override
  public List<CostLayer> layers(SkuCode sku, WarehouseId warehouse, boolean open) {
    return s.scan(t.layers, null, null,
            (k, v) -> v.sku().equals(sku) && v.warehouse().equals(warehouse) && (!open || v.remaining() > 0),
            Integer.MAX_VALUE)
        .stream()
        .map(Map.Entry::getValue)
        .sorted(Comparator.comparingLong(CostLayer::seq))
        .toList();
  }

  @Override
  public long nextLayerSeq(SkuCode sku, WarehouseId warehouse) {
    return layers(sku, warehouse, false).stream().mapToLong(CostLayer::seq).max().orElse(0) + 1;
  }

  @Override
  public boolean markApplied(String key) {
    if (s.get(t.applied, key) != null) {
      return false;
    }
    s.put(t.applied, key, Boolean.TRUE);
    s.requireAbsentAtCommit(t.applied, key, "applied " + key);
    return true;
  }

  @Override
  public boolean isApplied(String key) {
    return s.get(t.applied, key) != null;
  }

  @Override
  public void saveProfit(OrderProfit profit) {
    s.put(t.profits, profitKey(profit.orderId(), profit.kind()), profit);
  }

  @Override
  public Optional<OrderProfit> profit(OrderId order, ProfitKind kind) {
    return Optional.ofNullable(s.get(t.profits, profitKey(order, kind)));
  }

  @Override
  public Page<ProfitLine> profitLines(ProfitQuery query, PageRequest page) {
    ProfitCursor after = page.cursor().map(ProfitCursor::decode).orElse(null);
    List<ProfitLine> lines = s.scan(t.profits, null, null, (k, v) -> v.kind() == query.kind(), Integer.MAX_VALUE)
        .stream()
        .flatMap(e -> e.getValue().lines().stream())
        .filter(query::matches)
        .filter(l -> after == null || after.isBefore(l))
        .sorted(ProfitCursor.ORDER)
        .limit(page.limit() + 1L)
        .toList();
    boolean more = lines.size() > page.limit();
    List<ProfitLine> shown = more ? lines.subList(0, page.limit()) : lines;
    return new Page<>(shown, more ? ProfitCursor.of(shown.get(shown.size() - 1)).encode() : null);
  }

  @Override
  public boolean insertSettlementEvent(ShopId shop, SettlementEvent event) {
    String key = shop.value() + "\u0000" + event.eventId();
    if (s.get(t.events, key) != null) {
      return false;
    }
    s.put(t.events, key, event);
    s.requireAbsentAtCommit(t.events, key, "settlement event " + event.eventId());
    return true;
  }

  @Override
  public List<SettlementEvent> settlementEvents(ShopId shop, String platformOrderId) {
    String prefix = shop.value() + "\u0000";
    return s.scan(t.events, null, null,
            (k, v) -> k.startsWith(prefix) && platformOrderId.equals(v.platformOrderId()), Integer.MAX_VALUE)
        .stream()
        .map(Map.Entry::getValue)
        .sorted(Comparator.comparing(SettlementEvent::eventId))
        .toList();
  }

  private static String profitKey(OrderId order, ProfitKind kind) {
    return order.value() + "\u0000" + kind.name();
  }
}
