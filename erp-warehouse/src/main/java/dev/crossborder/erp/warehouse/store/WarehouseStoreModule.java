package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.inventory.StockGuard;
import dev.crossborder.erp.store.jdbc.JdbcStoreModule;
import dev.crossborder.erp.store.jdbc.JdbcTransaction;
import dev.crossborder.erp.store.memory.MemoryStoreModule;
import dev.crossborder.erp.store.memory.MemoryTransaction;
import dev.crossborder.erp.warehouse.store.internal.WarehouseRepositories;
import java.util.List;
import java.util.Set;

/**
 * Adds erp-warehouse's repositories ({@link LayoutRepository}, {@link BinStockRepository}, {@link
 * InboundRepository}, {@link OutboundRepository}, and erp-core's {@link StockGuard} hook) to erp-core's built-in stores, with the
 * migrations of {@code db/migration/warehouse} (history in {@code erp_warehouse_schema_history}).
 * Register it explicitly:
 *
 * <pre>{@code
 * Store store = InMemoryStore.builder().module(WarehouseStoreModule.instance()).build();
 * Store store = JdbcStore.builder(dataSource).dialect(POSTGRES)
 *     .module(WarehouseStoreModule.instance()).migrate(true).build();
 * }</pre>
 *
 * <p>Stateless and thread-safe; one instance serves every store.
 */
public final class WarehouseStoreModule implements MemoryStoreModule<Object>, JdbcStoreModule {
  private static final WarehouseStoreModule INSTANCE = new WarehouseStoreModule();
  private static final Set<Class<?>> TYPES =
      Set.of(
          LayoutRepository.class, BinStockRepository.class, InboundRepository.class, OutboundRepository.class,
          StockGuard.class);

  private WarehouseStoreModule() {}

  /** The module. */
  public static WarehouseStoreModule instance() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "warehouse";
  }

  @Override
  public Set<Class<?>> repositoryTypes() {
    return TYPES;
  }

  @Override
  public List<String> migrations() {
    return List.of("V1__warehouse.sql", "V2__outbound.sql");
  }

  @Override
  public Object newTables() {
    return WarehouseRepositories.newMemoryTables();
  }

  @Override
  public Object repository(Class<?> type, MemoryTransaction tx, Object tables) {
    return WarehouseRepositories.memory(type, tx, tables);
  }

  @Override
  public Object repository(Class<?> type, JdbcTransaction tx) {
    return WarehouseRepositories.jdbc(type, tx);
  }

  @Override
  public String toString() {
    return "WarehouseStoreModule";
  }
}
