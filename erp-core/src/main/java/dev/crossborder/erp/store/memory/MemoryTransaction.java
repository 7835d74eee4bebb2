package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.StoreTransaction;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An open in-memory transaction as another module's repositories see it: reads of committed data
 * plus the transaction's own writes (READ COMMITTED), writes kept private until commit, and
 * conditions re-checked at commit. This is how erp-core's own in-memory repositories work, so a
 * module's repositories share their visibility, rollback and conflict behaviour, and commit
 * atomically with erp-core's writes of the same transaction. Not thread-safe: one transaction, one
 * thread.
 */
public final class MemoryTransaction implements StoreTransaction {
  private final MemorySession session;

  MemoryTransaction(MemorySession session) {
    this.session = session;
  }

  @Override
  public TenantId tenant() {
    return session.tenant();
  }

  @Override
  public <R> R repository(Class<R> type) {
    return session.repository(type);
  }

  /** The value of {@code key} as this transaction sees it, or {@code null}. */
  public <K extends Comparable<K>, V> @Nullable V get(MemoryTable<K, V> table, K key) {
    return session.get(table.table, requireNonNull(key, "key == null"));
  }

  /**
   * The entries after {@code after} (exclusive; {@code null} for the first) and before {@code
   * until} (exclusive; {@code null} for no end) that pass {@code filter}, in key order, at most
   * {@code limit}.
   */
  public <K extends Comparable<K>, V> List<Map.Entry<K, V>> scan(
      MemoryTable<K, V> table, @Nullable K after, @Nullable K until, BiPredicate<K, V> filter, int limit) {
    return session.scan(table.table, after, until, filter, limit);
  }

  /** Writes {@code value} under {@code key}, visible to this transaction until it commits. */
  public <K extends Comparable<K>, V> void put(MemoryTable<K, V> table, K key, V value) {
    session.put(table.table, requireNonNull(key, "key == null"), requireNonNull(value, "value == null"));
  }

  /** Removes {@code key} at commit. */
  public <K extends Comparable<K>, V> void remove(MemoryTable<K, V> table, K key) {
    session.remove(table.table, requireNonNull(key, "key == null"));
  }

  /**
   * Requires the committed value of {@code key} ({@code null} if absent) to pass {@code condition}
   * at commit; otherwise the commit is a {@code ConcurrentUpdateException} naming {@code what}, and
   * the whole transaction is retried. Use it for every value a write relied on (a version, an
   * absent key, a quantity that must stay non-negative).
   */
  public <K extends Comparable<K>, V> void requireAtCommit(
      MemoryTable<K, V> table, K key, Predicate<@Nullable V> condition, String what) {
    requireNonNull(key, "key == null");
    requireNonNull(condition, "condition == null");
    session.precondition(() -> condition.test(table.table.committed.get(key)) ? null : what);
  }

  /**
   * Whether another commit already broke a condition this transaction registered: a conditional
   * write that finds its condition false must then throw {@code ConcurrentUpdateException} (and be
   * retried) rather than report the refusal, as erp-core's repositories do.
   */
  public boolean isStale() {
    return session.isStale();
  }
}
