package dev.crossborder.erp.warehouse.store.internal;

import dev.crossborder.erp.store.memory.MemoryTable;
import dev.crossborder.erp.warehouse.inbound.Receipt;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.putaway.PutAwayTask;

/** The warehouse module's in-memory tables of one tenant. */
final class MemoryWarehouseTables {
  final MemoryTable<String, WarehouseLayout> layouts = new MemoryTable<>();
  /** warehouse NUL bin NUL sku NUL lot → stock. */
  final MemoryTable<String, BinStock> binStock = new MemoryTable<>();
  final MemoryTable<String, Receipt> receipts = new MemoryTable<>();
  final MemoryTable<String, PutAwayTask> tasks = new MemoryTable<>();
  final MemoryTable<String, dev.crossborder.erp.warehouse.outbound.Wave> waves = new MemoryTable<>();
  /** warehouse NUL bin NUL sku → units held for picking. */
  final MemoryTable<String, Long> binReserved = new MemoryTable<>();
  /** command key → fingerprint. */
  final MemoryTable<String, String> commands = new MemoryTable<>();
}
