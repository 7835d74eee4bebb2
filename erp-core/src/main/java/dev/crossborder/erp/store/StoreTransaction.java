package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import java.util.Optional;

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

  /**
   * The repository of type {@code type} bound to this transaction, or empty if the store has none
   * (for an optional hook another module may provide, such as {@code
   * dev.crossborder.erp.inventory.StockGuard}).
   */
  default <R> Optional<R> optionalRepository(Class<R> type) {
    try {
      return Optional.of(repository(type));
    } catch (ConfigurationException e) {
      return Optional.empty();
    }
  }
}
