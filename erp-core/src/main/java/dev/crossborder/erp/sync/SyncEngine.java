package dev.crossborder.erp.sync;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.QuarantinedItem;
import java.util.List;

/**
 * Pulls every active shop's orders from its platform into {@code erp.orders()}. Reached by {@code
 * erp.sync()}. Thread-safe.
 *
 * <p>Each shop is pulled only by the instance holding its lease ({@code shop:<id>} in the store's
 * {@link dev.crossborder.erp.store.LeaseRepository}), so any number of instances sharing a store
 * share the shops, and a stopped or dead instance's shops move to another when their leases
 * lapse. A pull reads windows of the platform's last-update time, page by page: each page's orders
 * are imported (idempotently), then the stream's checkpoint is saved under the lease's fencing
 * token, so a crash re-reads at most one page and a former holder can never move a checkpoint.
 * After each pull that held the lease (completed, or failed with the platform or the store, but not
 * with refused credentials), the holder executes the shop's durable platform writes: queued stock
 * pushes and due tracking uploads, each completion fenced with the lease.
 * See {@link SyncSettings} for windows, leases and backoff.
 */
public interface SyncEngine {

  /** The name of the orders stream in checkpoints and quarantine entries. */
  String ORDERS = "orders";

  /**
   * Pulls {@code shop} now on the calling thread, regardless of its backoff or an expired
   * authorization (the way to resume a shop after new credentials), if this instance holds or can
   * take its lease.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if the shop does not exist
   */
  SyncReport syncNow(ShopId shop);

  /**
   * One polling round on the calling thread: pulls every active shop that is due, one after the
   * other, and returns what each pull did. This is what the background polling runs; hosts with a
   * scheduler of their own, and tests, call it directly.
   */
  List<SyncReport> runOnce();

  /**
   * Takes a platform notification about {@code shop} (a webhook, a relayed notification) as a
   * hint: the shop becomes due at once, its backoff is cleared, and a started engine pulls it
   * soon. Polling stays the source of truth; a hint never carries data. A shop whose credentials
   * were refused stays skipped until {@link #syncNow}.
   */
  void hint(ShopId shop);

  /**
   * Starts background polling: every second (of wall time) the engine checks which shops are due
   * by the Erp's clock and hands their pulls to the executor. Starting a started engine does
   * nothing.
   */
  void start();

  /**
   * Stops background polling and gives this instance's shops up: no new background pulls start,
   * running ones stop after their current page, and the instance releases each shop's lease when
   * no pull of it runs (also after a later {@link #syncNow} or {@link #runOnce}), so another
   * instance can take it at once. Stopping twice is harmless; {@link #start()} undoes it.
   */
  void stop();

  /** The health of {@code shop} as this instance sees it. */
  ShopSyncHealth health(ShopId shop);

  /** The health of every active shop, by shop id. */
  List<ShopSyncHealth> health();

  /** Up to 1000 orders of {@code shop} set aside because they could not be imported. */
  List<QuarantinedItem> quarantined(ShopId shop);
}
