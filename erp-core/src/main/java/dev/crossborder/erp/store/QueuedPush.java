package dev.crossborder.erp.store;

import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;

/**
 * A listing whose stock may have changed and whose shop's lease holder owes it a stock push: an
 * entry of the durable stock push queue ({@link StockPushQueueRepository}).
 *
 * @param shop the listing's shop
 * @param sellerSku the listing's seller SKU in that shop
 * @param seq grows every time the listing is queued again, so an entry is removed only if nobody
 *     queued it again since it was read
 * @param queuedAt when it was (last) queued
 */
public record QueuedPush(ShopId shop, String sellerSku, long seq, Instant queuedAt) {}
