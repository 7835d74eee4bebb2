package dev.crossborder.erp.sync;

import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What one pull of one shop did.
 *
 * @param shop the shop
 * @param outcome how it ended
 * @param pages pages stored
 * @param created orders new to the store
 * @param updated stored orders the platform's newer data changed
 * @param unchanged orders read again with nothing newer (overlap, duplicate pages)
 * @param quarantined orders set aside because they could not be imported
 * @param lag how far the stored orders trail what the platform may already show ({@code now -
 *     settleDelay - watermark}, at least zero), or {@code null} if the shop was never read
 * @param error the error's type and message if the pull failed (never a secret or buyer data)
 */
public record SyncReport(
    ShopId shop,
    Outcome outcome,
    int pages,
    int created,
    int updated,
    int unchanged,
    int quarantined,
    @Nullable Duration lag,
    @Nullable String error) {

  /** How a pull ended. */
  public enum Outcome {
    /** Everything up to {@code now - settleDelay} is stored. */
    COMPLETED,
    /** Another instance holds the shop's lease; nothing was read. */
    NOT_HELD,
    /** A pull of the shop was already running on this instance. */
    BUSY,
    /** The lease was lost while pulling (expired, or taken over); the new holder carries on. */
    LOST_LEASE,
    /** The engine was stopped during the pull; the checkpoint holds every page stored. */
    STOPPED,
    /** The platform throttled or failed; retried after a backoff, nothing lost. */
    RETRY_LATER,
    /** The platform refused the shop's credentials; not polled again until {@code syncNow}. */
    AUTH_EXPIRED,
    /** The shop cannot be pulled (no connector or order source) or the store failed. */
    FAILED
  }
}
