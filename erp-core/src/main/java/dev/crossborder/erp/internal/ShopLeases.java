package dev.crossborder.erp.internal;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Lease;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs work of one shop under the shop's sync lease ({@code shop:<id>}), the way every platform
 * call of a shop runs on the instance holding it. Implemented by the sync engine; what the stock
 * push and the tracking uploads use when a host calls them directly.
 */
public interface ShopLeases {

  /**
   * Runs {@code work} with the shop's lease if this instance holds it or can take it now and no pull
   * of this instance is working on the shop; otherwise runs nothing and returns empty (the holder,
   * or this instance's running pull, executes the shop's queued writes in its cycle). Writes of
   * {@code work} that complete a durable job check the lease with {@link
   * dev.crossborder.erp.store.LeaseRepository#fence} in their transaction.
   */
  <T> Optional<T> whileHeld(ShopId shop, Function<Lease, T> work);
}
