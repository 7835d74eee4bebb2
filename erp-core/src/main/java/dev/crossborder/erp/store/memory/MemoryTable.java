package dev.crossborder.erp.store.memory;

/**
 * One sorted table of another module's data in an {@link InMemoryStore}: keys to values, read and
 * written only through a {@link MemoryTransaction}. A module creates its tables in {@link
 * MemoryStoreModule#newTables()}, once per tenant. Values must be immutable. Thread-safe.
 *
 * @param <K> the key type, whose natural order is the table's (and the scan's) order
 * @param <V> the value type
 */
public final class MemoryTable<K extends Comparable<K>, V> {
  final Table<K, V> table = new Table<>();

  /** An empty table. */
  public MemoryTable() {}

  @Override
  public String toString() {
    return "MemoryTable[" + table.committed.size() + " committed]";
  }
}
