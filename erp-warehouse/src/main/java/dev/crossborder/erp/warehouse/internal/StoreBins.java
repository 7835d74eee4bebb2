package dev.crossborder.erp.warehouse.internal;

import static dev.crossborder.erp.warehouse.internal.WarehouseContext.lot;
import static dev.crossborder.erp.warehouse.internal.WarehouseContext.positive;
import static dev.crossborder.erp.warehouse.internal.WarehouseContext.text;
import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.Bins;
import dev.crossborder.erp.warehouse.layout.CountResult;
import dev.crossborder.erp.warehouse.layout.MoveResult;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.store.BinStockRepository;
import dev.crossborder.erp.warehouse.store.LayoutRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Bins} over the warehouse repositories. Thread-safe. */
final class StoreBins implements Bins {
  private final WarehouseContext w;

  StoreBins(WarehouseContext w) {
    this.w = w;
  }

  @Override
  public WarehouseLayout defineLayout(WarehouseLayout layout) {
    requireNonNull(layout, "layout == null");
    return w.tx(
        tx -> {
          WarehouseId id = layout.warehouse();
          if (w.erp.inventory().warehouse(id).isEmpty()) {
            throw new NotFoundException("warehouse", id);
          }
          Optional<WarehouseLayout> stored = tx.repository(LayoutRepository.class).find(id);
          if (stored.isPresent()) {
            for (BinStock s : tx.repository(BinStockRepository.class).inWarehouse(id)) {
              Bin before = stored.get().requireBin(s.bin(), "bin");
              Optional<Bin> after = layout.bin(s.bin());
              if (after.isEmpty() || after.get().type() != before.type()) {
                throw new InvalidInputException("bins", s.bin(), "holds stock: it may not be removed or change type");
              }
            }
          }
          WarehouseLayout saved = tx.repository(LayoutRepository.class).save(layout);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("warehouse", id);
          payload.put("bins", saved.bins().size());
          w.emit(tx, "warehouse", id.value(), "warehouse.layout.defined", "v" + saved.version(), payload);
          return saved;
        });
  }

  @Override
  public Optional<WarehouseLayout> layout(WarehouseId warehouse) {
    requireNonNull(warehouse, "warehouse == null");
    return w.tx(tx -> tx.repository(LayoutRepository.class).find(warehouse));
  }

  @Override
  public List<BinStock> stock(WarehouseId warehouse, BinCode bin) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(bin, "bin == null");
    return w.tx(tx -> tx.repository(BinStockRepository.class).inBin(warehouse, bin));
  }

  @Override
  public List<BinStock> stockOf(WarehouseId warehouse, SkuCode sku) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(sku, "sku == null");
    return w.tx(tx -> tx.repository(BinStockRepository.class).ofSku(warehouse, sku));
  }

  @Override
  public MoveResult move(String key, WarehouseId warehouse, BinCode from, BinCode to, SkuCode sku, String lot, long quantity) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(from, "from == null");
    requireNonNull(to, "to == null");
    requireNonNull(sku, "sku == null");
    String l = lot(lot);
    long q = positive("quantity", quantity);
    if (from.equals(to)) {
      throw new InvalidInputException("to", to, "is the bin the units are in");
    }
    MoveResult result = new MoveResult(from, to, sku, l, q);
    String description = "move|" + warehouse + "|" + from + "|" + to + "|" + sku + "|" + l + "|" + q;
    return w.command(
        key,
        description,
        tx -> {
          WarehouseLayout layout = w.layout(tx, warehouse);
          Bin source = layout.requireBin(from, "from");
          Bin target = layout.requireBin(to, "to");
          if (source.type().holdsDefective()) {
            throw new InvalidInputException("from", from, "is a DEFECTIVE bin: defective units do not move back to sellable stock");
          }
          if (target.type().holdsDefective()) {
            throw new InvalidInputException("to", to, "is a DEFECTIVE bin: units become defective only through QC");
          }
          w.requireRoom(tx, warehouse, target, sku, q, "quantity");
          w.takeFrom(tx, warehouse, from, sku, l, q, "quantity");
          w.putInto(tx, warehouse, to, sku, l, q);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("warehouse", warehouse);
          payload.put("sku", sku);
          payload.put("from", from.value());
          payload.put("to", to.value());
          payload.put("quantity", q);
          w.emit(tx, "bin", warehouse + "/" + to, "warehouse.stock.moved", key, payload);
          return new WarehouseContext.Outcome<>(result, "");
        },
        (tx, recorded) -> result);
  }

  @Override
  public CountResult count(
      String key, WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long counted, String reason) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(bin, "bin == null");
    requireNonNull(sku, "sku == null");
    String l = lot(lot);
    if (counted < 0) {
      throw new InvalidInputException("counted", counted, "must not be negative");
    }
    String why = text("reason", reason, 500);
    String description = "count|" + warehouse + "|" + bin + "|" + sku + "|" + l + "|" + counted + "|" + why;
    return w.command(
        key,
        description,
        tx -> {
          Bin target = w.layout(tx, warehouse).requireBin(bin, "bin");
          if (target.type().holdsDefective()) {
            throw new InvalidInputException("bin", bin, "is a DEFECTIVE bin: counts correct sellable stock only");
          }
          long expected = tx.repository(BinStockRepository.class).quantity(warehouse, bin, sku, l);
          long variance = counted - expected;
          if (variance != 0) {
            String ledgerKey = "wh-count-" + WarehouseContext.digest(key);
            w.ledger(
                tx,
                () -> w.erp.inventory().adjust(ledgerKey, sku, warehouse, variance, "cycle count of bin " + bin + ": " + why));
            if (variance > 0) {
              w.putInto(tx, warehouse, bin, sku, l, variance);
            } else {
              w.takeFrom(tx, warehouse, bin, sku, l, -variance, "counted");
            }
          }
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("warehouse", warehouse);
          payload.put("bin", bin.value());
          payload.put("sku", sku);
          payload.put("expected", expected);
          payload.put("counted", counted);
          w.emit(tx, "bin", warehouse + "/" + bin, "warehouse.bin.counted", key, payload);
          return new WarehouseContext.Outcome<>(new CountResult(bin, sku, l, expected, counted), Long.toString(expected));
        },
        (tx, recorded) -> new CountResult(bin, sku, l, Long.parseLong(recorded), counted));
  }
}
