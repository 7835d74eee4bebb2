package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.AbstractStore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded default {@link dev.crossborder.erp.store.Store}: all of erp-core's repositories in
 * memory, for any number of tenants, with the same semantics as the JDBC store.
 *
 * <p>Reads never block and see committed data plus the transaction's own writes (READ
 * COMMITTED). Writes stay private to the transaction until commit; each registers the condition
 * it relied on (a version, an absent key, a stock level that stays consistent), and commit
 * re-checks every condition and applies the writes atomically under one short write lock (single
 * reads take the read lock, so no reader sees half a commit). A condition
 * that another commit broke is a {@link dev.crossborder.erp.store.ConcurrentUpdateException},
 * and {@code inTransaction} retries the callback: the outcomes are those of the JDBC store's
 * conditional statements.
 *
 * <p>Thread-safe. Data lives as long as the instance; nothing is written to disk (use {@code
 * JdbcStore} with an H2 file for durability).
 */
public final class InMemoryStore extends AbstractStore {
  private final ConcurrentHashMap<TenantId, TenantTables> tenants = new ConcurrentHashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicLong sequence = new AtomicLong();

  /** An empty store with the default number of attempts per transaction. */
  public InMemoryStore() {
    this(DEFAULT_MAX_ATTEMPTS);
  }

  /** An empty store with {@code maxAttempts} attempts per transaction. */
  public InMemoryStore(int maxAttempts) {
    super(maxAttempts);
  }

  @Override
  protected Session begin(TenantId tenant) {
    TenantTables tables = tenants.computeIfAbsent(tenant, t -> new TenantTables());
    return new MemorySession(tenant, tables, lock, this);
  }

  /** The next value of the store-wide sequence used for ledger and outbox positions. */
  long nextSequence() {
    return sequence.incrementAndGet();
  }

  @Override
  public String toString() {
    return "InMemoryStore[" + tenants.size() + " tenants]";
  }
}
