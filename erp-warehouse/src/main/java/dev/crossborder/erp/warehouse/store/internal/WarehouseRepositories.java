package dev.crossborder.erp.warehouse.store.internal;

import dev.crossborder.erp.inventory.StockGuard;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.jdbc.JdbcTransaction;
import dev.crossborder.erp.store.memory.MemoryTransaction;

/** Creates the warehouse repositories for the built-in stores. Thread-safe (stateless). */
public final class WarehouseRepositories {
  private WarehouseRepositories() {}

  /** One tenant's empty in-memory tables. */
  public static Object newMemoryTables() {
    return new MemoryWarehouseTables();
  }

  /** The in-memory repository of {@code type}. */
  public static Object memory(Class<?> type, MemoryTransaction tx, Object tables) {
    if (type == StockGuard.class) {
      return new BinLedgerGuard(tx);
    }
    return check(type, new MemoryWarehouseRepositories(tx, (MemoryWarehouseTables) tables));
  }

  /** The JDBC repository of {@code type}. */
  public static Object jdbc(Class<?> type, JdbcTransaction tx) {
    if (type == StockGuard.class) {
      return new BinLedgerGuard(tx);
    }
    return check(type, new JdbcWarehouseRepositories(tx));
  }

  private static Object check(Class<?> type, Object repositories) {
    if (!type.isInstance(repositories)) {
      throw new ConfigurationException("warehouse store has no repository " + type.getName());
    }
    return repositories;
  }

  /** The guard of {@code tx}. */
  public static BinLedgerGuard guard(StoreTransaction tx) {
    return (BinLedgerGuard) tx.repository(StockGuard.class);
  }
}
