package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.TenantId;

/**
 * Transactional storage for one or many tenants. Implementations must be thread-safe; see the
 * package description for the semantics every implementation keeps, and erp-testkit's {@code
 * StoreContract} for the tests that prove them.
 */
public interface Store {

  /**
   * Runs {@code callback} in a transaction of {@code tenant} and commits it, or rolls it back if
   * the callback throws. On a {@link ConcurrentUpdateException} the whole callback is retried
   * (a bounded number of times, then the exception propagates). Called inside another transaction
   * on the same thread, it joins that transaction (and a different tenant is a {@code
   * TenantMismatchException}).
   *
   * @return what the callback returned
   */
  <T> T inTransaction(TenantId tenant, TransactionCallback<T> callback);

  /** Like {@link #inTransaction(TenantId, TransactionCallback)} for a callback with no result. */
  default void useTransaction(TenantId tenant, TransactionAction action) {
    inTransaction(
        tenant,
        tx -> {
          action.accept(tx);
          return null;
        });
  }

  /** Work to run in a transaction, with a result. */
  @FunctionalInterface
  interface TransactionCallback<T> {
    /** Runs in the transaction {@code tx}. */
    T apply(StoreTransaction tx);
  }

  /** Work to run in a transaction, without a result. */
  @FunctionalInterface
  interface TransactionAction {
    /** Runs in the transaction {@code tx}. */
    void accept(StoreTransaction tx);
  }
}
