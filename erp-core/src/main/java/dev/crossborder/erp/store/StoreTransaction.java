package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.TenantId;

/**
 * One open transaction of one tenant. Valid only inside the callback it was handed to, and only on
 * that callback's thread.
 */
public interface StoreTransaction {

  /** The tenant every read and write of this transaction is scoped to. */
  TenantId tenant();

  /**
   * The repository of type {@code type} bound to this transaction, for example {@code
   * tx.repository(OrderRepository.class)}.
   *
   * @throws dev.crossborder.erp.kernel.ConfigurationException if the store has no such repository
   */
  <R> R repository(Class<R> type);
}
