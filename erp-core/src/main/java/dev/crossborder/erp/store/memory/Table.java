package dev.crossborder.erp.store.memory;

import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One committed table: a sorted concurrent map that readers use without locks and that only a
 * committing session (holding the store's commit lock) changes.
 */
final class Table<K extends Comparable<K>, V> {
  final ConcurrentSkipListMap<K, V> committed = new ConcurrentSkipListMap<>();
}
