package dev.crossborder.erp.warehouse.internal;

import static dev.crossborder.erp.warehouse.internal.WarehouseContext.lot;
import static dev.crossborder.erp.warehouse.internal.WarehouseContext.positive;
import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.putaway.BinOccupancy;
import dev.crossborder.erp.warehouse.putaway.PutAway;
import dev.crossborder.erp.warehouse.putaway.PutAwayPolicy;
import dev.crossborder.erp.warehouse.putaway.PutAwayRequest;
import dev.crossborder.erp.warehouse.putaway.PutAwayTask;
import dev.crossborder.erp.warehouse.putaway.PutAwayTaskId;
import dev.crossborder.erp.warehouse.putaway.Suggestion;
import dev.crossborder.erp.warehouse.store.BinStockRepository;
import dev.crossborder.erp.warehouse.store.InboundRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link PutAway} over the warehouse repositories. Thread-safe. */
final class StorePutAway implements PutAway {
  private final WarehouseContext w;

  StorePutAway(WarehouseContext w) {
    this.w = w;
  }

  @Override
  public List<Suggestion> suggest(
      WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, PutAwayPolicy policy) {
    requireNonNull(policy, "policy == null");
    String l = lot(lot);
    long q = positive("quantity", quantity);
    return w.tx(tx -> suggestIn(tx, warehouse, from, sku, l, q, policy));
  }

  private List<Suggestion> suggestIn(
      StoreTransaction tx, WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, PutAwayPolicy policy) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(from, "from == null");
    requireNonNull(sku, "sku == null");
    WarehouseLayout layout = w.layout(tx, warehouse);
    layout.requireBin(from, "from");
    long there = tx.repository(BinStockRepository.class).quantity(warehouse, from, sku, lot);
    if (quantity > there) {
      throw new InvalidInputException("quantity", quantity, "exceeds the " + there + " units of " + sku + " in bin " + from);
    }
    List<BinOccupancy> candidates = candidates(tx, layout, from);
    long unitVolume = w.unitVolume(sku);
    List<Suggestion> suggestions = policy.suggest(new PutAwayRequest(sku, lot, from, quantity, unitVolume), candidates);
    Map<BinCode, BinOccupancy> byCode = new HashMap<>();
    candidates.forEach(c -> byCode.put(c.bin().code(), c));
    long total = 0;
    Set<BinCode> seen = new HashSet<>();
    for (Suggestion s : suggestions) {
      BinOccupancy c = byCode.get(s.bin());
      if (c == null || !seen.add(s.bin()) || s.quantity() < 1 || s.quantity() > c.free(unitVolume)) {
        throw new IllegalStateException("put-away policy suggested bin " + s.bin() + " for " + s.quantity() + " units, which it may not");
      }
      total += s.quantity();
    }
    if (total > quantity) {
      throw new IllegalStateException("put-away policy suggested " + total + " units for " + quantity);
    }
    return List.copyOf(suggestions);
  }

  /** Every storage bin except {@code from}, with what it holds. */
  private List<BinOccupancy> candidates(StoreTransaction tx, WarehouseLayout layout, BinCode from) {
    Map<BinCode, List<BinStock>> stock = new HashMap<>();
    for (BinStock s : tx.repository(BinStockRepository.class).inWarehouse(layout.warehouse())) {
      stock.computeIfAbsent(s.bin(), b -> new ArrayList<>()).add(s);
    }
    Map<SkuCode, Long> volumes = new HashMap<>();
    List<BinOccupancy> out = new ArrayList<>();
    for (Bin bin : layout.bins()) {
      if (!bin.type().isStorage() || bin.code().equals(from)) {
        continue;
      }
      long units = 0;
      long volume = 0;
      Set<SkuCode> skus = new HashSet<>();
      for (BinStock s : stock.getOrDefault(bin.code(), List.of())) {
        units += s.quantity();
        volume += s.quantity() * volumes.computeIfAbsent(s.sku(), w::unitVolume);
        skus.add(s.sku());
      }
      out.add(new BinOccupancy(bin, units, volume, skus, bin.distanceTo(layout.dockX(), layout.dockY())));
    }
    return out;
  }

  @Override
  public List<PutAwayTask> plan(
      String key, WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, PutAwayPolicy policy) {
    requireNonNull(policy, "policy == null");
    String l = lot(lot);
    long q = positive("quantity", quantity);
    String description = "plan|" + warehouse + "|" + from + "|" + sku + "|" + l + "|" + q;
    return w.command(
        key,
        description,
        tx -> {
          InboundRepository repo = tx.repository(InboundRepository.class);
          List<Suggestion> suggestions = suggestIn(tx, warehouse, from, sku, l, q, policy);
          List<PutAwayTask> tasks = new ArrayList<>();
          for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            PutAwayTaskId id = taskId(key, i);
            repo.insertTask(new PutAwayTask(id, warehouse, sku, l, from, s.bin(), s.quantity(), s.reason(), false, 0));
            tasks.add(repo.findTask(id).orElseThrow());
          }
          return new WarehouseContext.Outcome<>(List.copyOf(tasks), ids(tasks));
        },
        (tx, recorded) -> tasks(tx.repository(InboundRepository.class), recorded));
  }

  @Override
  public PutAwayTask planInto(
      String key, WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, BinCode bin) {
    requireNonNull(bin, "bin == null");
    String l = lot(lot);
    long q = positive("quantity", quantity);
    String description = "planInto|" + warehouse + "|" + from + "|" + sku + "|" + l + "|" + q + "|" + bin;
    return w.command(
        key,
        description,
        tx -> {
          InboundRepository repo = tx.repository(InboundRepository.class);
          WarehouseLayout layout = w.layout(tx, warehouse);
          Bin target = layout.requireBin(bin, "bin");
          if (!target.type().isStorage()) {
            throw new InvalidInputException("bin", bin, "is a " + target.type() + " bin: put-away goes into PICK or BULK bins only");
          }
          layout.requireBin(from, "from");
          if (from.equals(bin)) {
            throw new InvalidInputException("bin", bin, "is the bin the units are in");
          }
          long there = tx.repository(BinStockRepository.class).quantity(warehouse, from, sku, l);
          if (q > there) {
            throw new InvalidInputException("quantity", q, "exceeds the " + there + " units of " + sku + " in bin " + from);
          }
          w.requireRoom(tx, warehouse, target, sku, q, "quantity");
          PutAwayTaskId id = taskId(key, 0);
          repo.insertTask(new PutAwayTask(id, warehouse, sku, l, from, bin, q, "chosen by the worker", false, 0));
          PutAwayTask task = repo.findTask(id).orElseThrow();
          return new WarehouseContext.Outcome<>(task, id.value());
        },
        (tx, recorded) -> tasks(tx.repository(InboundRepository.class), recorded).get(0));
  }

  @Override
  public PutAwayTask confirm(String key, PutAwayTaskId task, String scannedBin, String scannedSku) {
    requireNonNull(task, "task == null");
    String description = "confirm|" + task + "|" + scannedBin + "|" + scannedSku;
    return w.command(
        key,
        description,
        tx -> {
          InboundRepository repo = tx.repository(InboundRepository.class);
          PutAwayTask t = repo.findTask(task).orElseThrow(() -> new NotFoundException("taskId", task));
          if (t.done()) {
            throw new InvalidInputException("taskId", task, "is already confirmed");
          }
          BinCode scanned;
          try {
            scanned = BinCode.of(scannedBin);
          } catch (InvalidInputException e) {
            throw new InvalidInputException("bin", String.valueOf(scannedBin), "is not the task's bin " + t.to());
          }
          if (!scanned.equals(t.to())) {
            throw new InvalidInputException("bin", scanned, "is not the task's bin " + t.to());
          }
          SkuCode sku;
          try {
            sku = w.resolve(scannedSku, List.of(t.sku()), "sku");
          } catch (InvalidInputException e) {
            throw new InvalidInputException("sku", String.valueOf(scannedSku), "is not the task's SKU " + t.sku());
          }
          if (!sku.equals(t.sku())) {
            throw new InvalidInputException("sku", scannedSku, "is not the task's SKU " + t.sku());
          }
          WarehouseLayout layout = w.layout(tx, t.warehouse());
          Bin target = layout.requireBin(t.to(), "bin");
          if (!target.type().isStorage()) {
            throw new InvalidInputException("bin", t.to(), "is a " + target.type() + " bin: put-away goes into PICK or BULK bins only");
          }
          w.requireRoom(tx, t.warehouse(), target, t.sku(), t.quantity(), "bin");
          w.takeFrom(tx, t.warehouse(), t.from(), t.sku(), t.lot(), t.quantity(), "quantity");
          w.putInto(tx, t.warehouse(), t.to(), t.sku(), t.lot(), t.quantity());
          PutAwayTask done = repo.updateTask(t.confirmed());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("task", task.value());
          payload.put("warehouse", t.warehouse());
          payload.put("sku", t.sku());
          payload.put("from", t.from().value());
          payload.put("to", t.to().value());
          payload.put("quantity", t.quantity());
          w.emit(tx, "putaway", task.value(), "warehouse.putaway.confirmed", key, payload);
          return new WarehouseContext.Outcome<>(done, "");
        },
        (tx, recorded) -> tx.repository(InboundRepository.class).findTask(task).orElseThrow());
  }

  @Override
  public Optional<PutAwayTask> task(PutAwayTaskId id) {
    requireNonNull(id, "id == null");
    return w.tx(tx -> tx.repository(InboundRepository.class).findTask(id));
  }

  private static PutAwayTaskId taskId(String key, int index) {
    return PutAwayTaskId.of("pa-" + WarehouseContext.digest(WarehouseContext.key(key)) + "-" + (index + 1));
  }

  private static String ids(List<PutAwayTask> tasks) {
    return String.join(",", tasks.stream().map(t -> t.id().value()).toList());
  }

  private static List<PutAwayTask> tasks(InboundRepository repo, String recorded) {
    if (recorded.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(recorded.split(",")).map(id -> repo.findTask(PutAwayTaskId.of(id)).orElseThrow()).toList();
  }
}
