package dev.crossborder.erp.sync;

import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the sync of one shop is doing, as one engine instance sees it. Lag and lease owner come from
 * the store, so every instance reports them alike; the rest is what this instance observed in its
 * own pulls.
 *
 * @param shop the shop
 * @param lastSuccess when this instance last completed a pull of it, if ever
 * @param lag how far its stored orders trail {@code now - settleDelay}, or {@code null} if it was
 *     never read
 * @param consecutiveFailures failed pulls on this instance since the last success
 * @param authExpired whether the platform refused its credentials on the last pull (an {@link
 *     dev.crossborder.erp.platform.AuthenticationException}); background polling skips it until
 *     {@link SyncEngine#syncNow} succeeds
 * @param lastError the last failure's type and message (never a secret or buyer data)
 * @param nextAttempt when background polling tries it next on this instance, if planned
 * @param leaseOwner the instance holding its lease now, or {@code null} if nobody does
 */
public record ShopSyncHealth(
    ShopId shop,
    @Nullable Instant lastSuccess,
    @Nullable Duration lag,
    int consecutiveFailures,
    boolean authExpired,
    @Nullable String lastError,
    @Nullable Instant nextAttempt,
    @Nullable String leaseOwner) {

  /** Whether neither the credentials nor the last pull failed. */
  public boolean isHealthy() {
    return !authExpired && consecutiveFailures == 0;
  }
}
