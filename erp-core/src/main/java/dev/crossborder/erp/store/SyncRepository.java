package dev.crossborder.erp.store;

import dev.crossborder.erp.shop.ShopId;
import java.util.List;
import java.util.Optional;

/** Sync checkpoints and quarantined items of the transaction's tenant. */
public interface SyncRepository {

  /** The checkpoint of {@code stream} of {@code shop}, if one was saved. */
  Optional<SyncCheckpoint> checkpoint(ShopId shop, String stream);

  /**
   * Saves {@code checkpoint} (replacing the stream's previous one) if the lease {@code lease.name()}
   * is still held with {@code lease.token()}: the fencing check. The lease row stays locked until
   * the transaction ends, so a takeover cannot slip in between check and commit.
   *
   * @throws FencingException if the lease does not exist or carries another token (it changed
   *     hands since {@code lease} was taken); nothing is written
   */
  void saveCheckpoint(SyncCheckpoint checkpoint, Lease lease);

  /** Stores {@code item}, replacing an earlier entry of the same shop, stream and item id. */
  void quarantine(QuarantinedItem item);

  /**
   * Removes the quarantine entry of the item, if any (it was imported after all).
   *
   * @return whether there was one
   */
  boolean release(ShopId shop, String stream, String itemId);

  /** Up to {@code limit} quarantined items of {@code stream} of {@code shop}, by item id. */
  List<QuarantinedItem> quarantined(ShopId shop, String stream, int limit);
}
