package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.AbstractStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

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
 * <p>Other modules add their repositories with {@link Builder#module(MemoryStoreModule)}: {@code
 * InMemoryStore.builder().module(WarehouseStoreModule.instance()).build()}. Their tables commit and
 * roll back with erp-core's, in the same transaction.
 *
 * <p>Thread-safe. Data lives as long as the instance; nothing is written to disk (use {@code
 * JdbcStore} with an H2 file for durability).
 */
public final class InMemoryStore extends AbstractStore {
  private final ConcurrentHashMap<TenantId, TenantTables> tenants = new ConcurrentHashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicLong sequence = new AtomicLong();
  private final Map<Class<?>, MemoryStoreModule<?>> modules;
  private final ConcurrentHashMap<TenantId, ConcurrentHashMap<MemoryStoreModule<?>, Object>> moduleTables =
      new ConcurrentHashMap<>();

  /** An empty store with the default number of attempts per transaction. */
  public InMemoryStore() {
    this(DEFAULT_MAX_ATTEMPTS);
  }

  /** An empty store with {@code maxAttempts} attempts per transaction. */
  public InMemoryStore(int maxAttempts) {
    this(maxAttempts, Map.of());
  }

  private InMemoryStore(int maxAttempts, Map<Class<?>, MemoryStoreModule<?>> modules) {
    super(maxAttempts);
    this.modules = Map.copyOf(modules);
  }

  /** A builder of a store with other modules' repositories. */
  public static Builder builder() {
    return new Builder();
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

  /** Whether a registered module provides repositories of {@code type}. */
  boolean provides(Class<?> type) {
    return modules.containsKey(type);
  }

  /**
   * The repository of {@code type} from a registered module, bound to {@code session}, or {@code
   * null} if no module provides it.
   */
  @Nullable Object moduleRepository(Class<?> type, MemorySession session) {
    MemoryStoreModule<?> module = modules.get(type);
    return module == null ? null : create(module, type, session);
  }

  @SuppressWarnings("unchecked")
  private <T> Object create(MemoryStoreModule<T> module, Class<?> type, MemorySession session) {
    T tables =
        (T) moduleTables
            .computeIfAbsent(session.tenant(), t -> new ConcurrentHashMap<>())
            .computeIfAbsent(module, m -> requireNonNull(module.newTables(), "newTables() == null"));
    return requireNonNull(
        module.repository(type, new MemoryTransaction(session), tables),
        () -> module.name() + " returned no repository " + type.getName());
  }

  @Override
  public String toString() {
    return "InMemoryStore[" + tenants.size() + " tenants]";
  }

  /**
   * Builds an {@link InMemoryStore}. Each setting may be given once and each repository type come
   * from one module; otherwise a {@link ConfigurationException}. Not thread-safe.
   */
  public static final class Builder {
    private int maxAttempts = -1;
    private final List<MemoryStoreModule<?>> modules = new ArrayList<>();

    private Builder() {}

    /** Sets the attempts per transaction (at least 1); default {@value AbstractStore#DEFAULT_MAX_ATTEMPTS}. */
    public Builder maxAttempts(int maxAttempts) {
      if (this.maxAttempts != -1) {
        throw new ConfigurationException("maxAttempts was already set to " + this.maxAttempts);
      }
      if (maxAttempts < 1) {
        throw new ConfigurationException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Adds another module's repositories; a module may be added once. */
    public Builder module(MemoryStoreModule<?> module) {
      requireNonNull(module, "module == null");
      if (modules.contains(module)) {
        throw new ConfigurationException("module " + module.name() + " was already added");
      }
      modules.add(module);
      return this;
    }

    /** Returns the empty store. */
    public InMemoryStore build() {
      Map<Class<?>, MemoryStoreModule<?>> byType =
          repositoryOwners(modules, MemoryStoreModule::name, MemoryStoreModule::repositoryTypes);
      return new InMemoryStore(maxAttempts == -1 ? DEFAULT_MAX_ATTEMPTS : maxAttempts, byType);
    }
  }
}
