package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.shop.ShopId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one listing in a publish, an edit or a resume.
 *
 * @param shop the shop
 * @param sellerSku the seller SKU
 * @param sku the local SKU, if paired
 * @param result what happened
 * @param status the listing's status afterwards
 * @param issues the validation problems or the platform's issues
 * @param error why the platform could not be reached (for {@link Result#RETRY_LATER}), or {@code
 *     null}
 */
public record PublishOutcome(
    ShopId shop,
    String sellerSku,
    @Nullable SkuCode sku,
    Result result,
    ListingStatus status,
    List<PlatformIssue> issues,
    @Nullable String error) {

  /** Validates and copies. */
  public PublishOutcome {
    Checks.present("shop", shop);
    Checks.present("sellerSku", sellerSku);
    Checks.present("result", result);
    Checks.present("status", status);
    issues = List.copyOf(issues);
  }

  /** The kinds of outcome. */
  public enum Result {
    /**
     * Already LIVE or SUBMITTED with the same product type, attributes, price and quantity; nothing
     * was sent, which spares the platform's rate limit on a re-publish.
     */
    UNCHANGED,
    /** Local validation refused it; nothing was sent. The issues name the attributes. */
    INVALID,
    /** The platform accepted it and has not given its final word; {@link Listings#poll} asks again. */
    SUBMITTED,
    /** Buyable on the platform. */
    LIVE,
    /** The platform refused it; see the issues. */
    REJECTED,
    /** Deactivated on the platform. */
    INACTIVE,
    /**
     * The platform could not be reached (rate limit, outage, expired authorisation); the intent is
     * kept and {@link Listings#resume()} sends it later, after asking the platform what it has.
     */
    RETRY_LATER
  }
}
