package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.shop.ShopId;
import java.util.Collection;
import java.util.Set;

/**
 * The stock push (anti-oversell): shows each paired {@link ListingStatus#LIVE LIVE} or {@link
 * ListingStatus#SUBMITTED SUBMITTED} listing the quantity its shop's {@link QuantityPolicy} computes
 * from the inventory ledger, through the platform's {@code InventoryPublisher}, and reconciles it
 * with what the platform shows. Reach it through {@code erp.stockPush()}; thread-safe.
 *
 * <p>A push sends only changed values (computed ≠ {@link Listing#quantity()}), and records the
 * quantity on the listing only when the platform accepted it. A refusal or failure is reported,
 * does not stop the other listings and is kept for {@link #retryFailed()}; since the listing keeps
 * its old quantity, {@link #pushAll()} also finds it again after a restart.
 *
 * <p>Platform writes run on the lease holder: {@link #push}, {@link #pushAll()} and {@link
 * #retryFailed()} record the listings in a durable queue, then push the queued listings of each shop
 * whose sync lease ({@code shop:<id>}) this instance holds or can take now; the listings of shops
 * held by another instance are reported {@link StockPushOutcome.Result#QUEUED QUEUED}, and that
 * instance's sync engine pushes them after its next pull of the shop. A listing leaves the queue
 * when it was pushed, found unchanged or refused, in a transaction fenced with the lease; a failed
 * call (rate limit, outage) keeps it queued for the holder's next cycle.
 */
public interface StockPush {

  /**
   * Sets the quantity policy of {@code shop}, stored (memory, H2, PostgreSQL), so that every {@code
   * Erp} instance on the same store pushes with it from the next push on. Shops without one use
   * {@link QuantityPolicy#all()}.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code shopId} for an unknown shop, on
   *     {@code warehouses} for a warehouse the inventory does not know
   */
  void setPolicy(ShopId shop, QuantityPolicy policy);

  /** The stored quantity policy of {@code shop}, or {@link QuantityPolicy#all()} if none was set. */
  QuantityPolicy policy(ShopId shop);

  /**
   * What {@code shop} would show for {@code sku} now, with the steps; writes and sends nothing.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code shopId} for an unknown shop
   */
  QuantityQuote quote(ShopId shop, SkuCode sku);

  /** Recomputes and pushes the listings of {@code skus} in every shop; sends only changed values. */
  StockPushReport push(Collection<SkuCode> skus);

  /** Recomputes and pushes every paired LIVE or SUBMITTED listing of every shop. */
  StockPushReport pushAll();

  /** Pushes again the listings whose last push was refused or failed. */
  StockPushReport retryFailed();

  /** The listings whose last push was refused or failed and is owed a retry, as "shop/sellerSku". */
  Set<String> failed();

  /**
   * Reads what the platform shows for each paired LIVE or SUBMITTED listing of {@code shop}
   * ({@code ListingSource}) and re-asserts the computed quantity where the platform shows another
   * one than was pushed ({@link StockPushOutcome.Result#CORRECTED}), so a write the platform
   * acknowledged but never applied is caught. A listing whose computed quantity changed is pushed as
   * by {@link #push}; listings the platform does not show are left alone (pairing and listing
   * monitoring deal with them). Runs only if this instance holds or can take the shop's sync lease;
   * otherwise it reads and sends nothing and returns an empty report (call it on every instance, or
   * on the holder: {@code erp.sync().health(shop).leaseOwner()}).
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code shopId} for an unknown shop
   * @throws dev.crossborder.erp.kernel.ConfigurationException if the shop's connector cannot read
   *     listings
   * @throws dev.crossborder.erp.platform.ConnectorException if reading the platform's listings fails
   */
  StockPushReport reconcile(ShopId shop);
}
