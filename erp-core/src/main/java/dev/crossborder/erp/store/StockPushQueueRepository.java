package dev.crossborder.erp.store;

import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The durable stock push queue of the transaction's tenant: listings whose computed quantity may
 * differ from what their shop shows, waiting for the holder of the shop's sync lease to push them.
 * One entry per listing.
 */
public interface StockPushQueueRepository {

  /**
   * Queues the listing {@code sellerSku} of {@code shop}: inserts its entry or, if it is queued
   * already, increments its {@code seq} and sets {@code queuedAt} to {@code now}.
   */
  void mark(ShopId shop, String sellerSku, Instant now);

  /**
   * Up to {@code limit} queued listings of {@code shop} with a seller SKU after {@code
   * afterSellerSku} ({@code null}: from the first), by seller SKU.
   */
  List<QueuedPush> pending(ShopId shop, @Nullable String afterSellerSku, int limit);

  /**
   * Removes {@code entry} if it is still queued with its {@code seq} (nobody queued the listing again
   * since it was read); returns whether it did.
   */
  boolean remove(QueuedPush entry);
}
