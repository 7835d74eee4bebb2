package dev.crossborder.erp.store;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.kernel.TenantMismatchException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Store} every implementation shares: joining nested calls to the thread's
 * open transaction, commit and rollback, and the bounded retry of the whole callback on {@link
 * ConcurrentUpdateException} with a short randomised pause between attempts. An implementation
 * supplies {@link #begin(TenantId)}.
 *
 * <p>Thread-safe if {@link #begin} is.
 */
public abstract class AbstractStore implements Store {
  /** Attempts per transaction unless the subclass says otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  private final ThreadLocal<@Nullable Session> current = new ThreadLocal<>();
  private final int maxAttempts;

  /** Creates the store with {@code maxAttempts} attempts per transaction (at least 1). */
  protected AbstractStore(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new ConfigurationException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
  }

  /** Opens a new transaction of {@code tenant}. */
  protected abstract Session begin(TenantId tenant);

  @Override
  public final <T> T inTransaction(TenantId tenant, TransactionCallback<T> callback) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(callback, "callback == null");
    Session outer = current.get();
    if (outer != null) {
      if (!outer.tenant().equals(tenant)) {
        throw new TenantMismatchException(outer.tenant(), tenant);
      }
      return callback.apply(outer);
    }
    for (int attempt = 1; ; attempt++) {
      Session session = begin(tenant);
      current.set(session);
      boolean committed = false;
      try {
        T result = callback.apply(session);
        current.remove();
        session.commit();
        committed = true;
        return result;
      } catch (ConcurrentUpdateException e) {
        if (attempt >= maxAttempts) {
          throw e;
        }
      } finally {
        current.remove();
        if (!committed) {
          session.rollbackQuietly();
        }
      }
      pause(attempt);
    }
  }

  /**
   * Which of {@code modules} (other modules' repositories registered with a store) provides each
   * repository type; a type provided twice, or one of erp-core's own repository types, is a {@link
   * ConfigurationException}.
   */
  protected static <M> Map<Class<?>, M> repositoryOwners(
      List<M> modules, Function<M, String> name, Function<M, Set<Class<?>>> types) {
    Map<Class<?>, M> owners = new HashMap<>();
    for (M module : modules) {
      for (Class<?> type : types.apply(module)) {
        if (type.getPackageName().equals(AbstractStore.class.getPackageName())) {
          throw new ConfigurationException(
              "module " + name.apply(module) + " may not replace erp-core's " + type.getName());
        }
        M other = owners.putIfAbsent(type, module);
        if (other != null) {
          throw new ConfigurationException(
              "repository " + type.getName() + " comes from both " + name.apply(other) + " and " + name.apply(module));
        }
      }
    }
    return owners;
  }

  private static void pause(int attempt) {
    long maxMicros = Math.min(50_000L, 200L << Math.min(attempt, 8));
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxMicros) * 1_000L);
  }

  /** One open transaction as an implementation sees it. */
  public interface Session extends StoreTransaction {

    /**
     * Commits. A conflict detected at commit is a {@link ConcurrentUpdateException}; any other
     * failure a {@link StoreException}, after which nothing was written.
     */
    void commit();

    /** Rolls back, swallowing and logging any failure (the connection may already be gone). */
    void rollbackQuietly();
  }
}
