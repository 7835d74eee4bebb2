package dev.crossborder.erp.internal;

import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.store.Lease;

/**
 * Durable platform writes of a shop (stock pushes, tracking uploads) that the holder of the shop's
 * sync lease executes in the shop's work cycle, after each pull.
 */
public interface ShopWriter {

  /**
   * Executes the shop's due writes while this instance holds {@code lease}. Every write that
   * completes a job is fenced with {@code lease}; a {@link dev.crossborder.erp.store.FencingException}
   * ends the cycle (another instance took the shop over and finishes the jobs). Must not throw for
   * a single failed job: failures stay in the job for a later cycle.
   */
  void runHeld(Shop shop, Lease lease);
}
