package dev.crossborder.erp.sync.internal;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Lease;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * What one engine instance knows about one shop: whether a pull runs, when the next is due, and the
 * health it observed. The flag is atomic; the rest is guarded by the object's monitor.
 */
final class ShopState {
  final ShopId shop;
  /** Set while a pull is queued or running, so a shop never has two. */
  final AtomicBoolean claimed = new AtomicBoolean();

  private @Nullable Instant nextAttempt;
  private @Nullable Instant lastSuccess;
  private int failures;
  private boolean authExpired;
  private @Nullable String lastError;
  private @Nullable Lease lease;

  ShopState(ShopId shop) {
    this.shop = shop;
  }

  synchronized boolean isDue(Instant now) {
    return !authExpired && (nextAttempt == null || !now.isBefore(nextAttempt));
  }

  synchronized void hinted() {
    nextAttempt = null;
  }

  synchronized void succeeded(Instant now, Instant next) {
    lastSuccess = now;
    failures = 0;
    authExpired = false;
    lastError = null;
    nextAttempt = next;
  }

  synchronized void failed(String error, boolean auth, Instant next) {
    failures++;
    authExpired = auth;
    lastError = error;
    nextAttempt = next;
  }

  /** Plans the next attempt without judging this one (the shop was not ours to pull). */
  synchronized void retryAt(Instant next) {
    nextAttempt = next;
  }

  synchronized int failures() {
    return failures;
  }

  synchronized @Nullable Lease lease() {
    return lease;
  }

  synchronized void lease(@Nullable Lease held) {
    this.lease = held;
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(lastSuccess, failures, authExpired, lastError, nextAttempt);
  }

  /** The observed fields at one moment. */
  record Snapshot(
      @Nullable Instant lastSuccess,
      int failures,
      boolean authExpired,
      @Nullable String lastError,
      @Nullable Instant nextAttempt) {}
}
