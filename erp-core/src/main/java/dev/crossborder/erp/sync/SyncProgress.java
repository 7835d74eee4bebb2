package dev.crossborder.erp.sync;

import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;

/**
 * Progress of a running pull after each stored page, counted from the pull's start: for progress
 * bars and logs.
 *
 * @param shop the shop
 * @param stream the stream, such as {@code orders}
 * @param pages pages stored so far
 * @param created orders new to the store so far
 * @param updated stored orders changed so far
 * @param unchanged orders read again without change so far
 * @param quarantined orders set aside so far
 * @param lag how far the stored orders now trail {@code now - settleDelay}
 */
public record SyncProgress(
    ShopId shop,
    String stream,
    int pages,
    int created,
    int updated,
    int unchanged,
    int quarantined,
    Duration lag) {}
