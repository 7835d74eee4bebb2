package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * What a stock push or a reconciliation did to one listing.
 *
 * @param shop the shop
 * @param sellerSku the listing's seller SKU
 * @param sku the local SKU it is paired with
 * @param quote the quantity the shop's policy computed, with its steps
 * @param pushedBefore the quantity last pushed before this run, or {@code null} if never pushed
 * @param platformShowed what the platform showed when a reconciliation read it, else {@code null}
 * @param result what happened
 * @param error the platform's refusal or the failure (never a secret), or {@code null}
 */
public record StockPushOutcome(
    ShopId shop,
    String sellerSku,
    SkuCode sku,
    QuantityQuote quote,
    @Nullable Long pushedBefore,
    @Nullable Long platformShowed,
    Result result,
    @Nullable String error) {

  /** Validates. */
  public StockPushOutcome {
    Checks.present("shop", shop);
    Checks.present("sellerSku", sellerSku);
    Checks.present("sku", sku);
    Checks.present("quote", quote);
    Checks.present("result", result);
  }

  /** The quantity the policy computed. */
  public long quantity() {
    return quote.quantity();
  }

  /** What happened to one listing. */
  public enum Result {
    /** The platform accepted the new quantity; it is recorded as {@link Listing#quantity()}. */
    PUSHED,
    /** The computed quantity equals the one last pushed (and, when reconciling, the one shown). */
    UNCHANGED,
    /** A reconciliation found the platform showing another quantity and the platform accepted the re-assertion. */
    CORRECTED,
    /** The platform refused the quantity; kept for {@link StockPush#retryFailed()}. */
    REJECTED,
    /** The call failed (rate limit, outage, auth, no connector); kept for {@link StockPush#retryFailed()}. */
    RETRY_LATER,
    /**
     * Another instance holds the shop's sync lease (or this instance's pull of the shop is running):
     * the listing is in the durable stock push queue, and the lease holder pushes it in its next work
     * cycle. The quote is what the policy computed when it was queued.
     */
    QUEUED
  }
}
