package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A listing as its platform reports it: the seller SKU it is keyed by, the platform's own id
 * (ASIN, item id, product GID), title, price, sellable quantity, state and open issues.
 *
 * @param sellerSku the seller SKU on the platform
 * @param platformListingId the platform's id of the listing, or {@code null} if not assigned yet
 * @param title the title, or {@code null} if the platform did not report it
 * @param price the offer price, or {@code null} if none is set
 * @param quantity the sellable quantity the platform holds (0 if unknown or platform-fulfilled)
 * @param state the listing's state on the platform
 * @param issues open issues, possibly none
 * @param gtin the product's barcode (GTIN, EAN, UPC) as the platform reports it, or {@code null};
 *     pairing uses it to find the local SKU
 */
public record PlatformListing(
    String sellerSku,
    @Nullable String platformListingId,
    @Nullable String title,
    @Nullable Money price,
    long quantity,
    State state,
    List<PlatformIssue> issues,
    @Nullable String gtin) {

  /** Validates and copies. */
  public PlatformListing {
    sellerSku = Checks.text("sellerSku", sellerSku, 200);
    Checks.nonNegative("quantity", quantity);
    Checks.present("state", state);
    issues = List.copyOf(issues);
    if (gtin != null) {
      gtin = gtin.isBlank() ? null : gtin.strip();
    }
  }

  /** A listing without a reported barcode. */
  public PlatformListing(
      String sellerSku,
      @Nullable String platformListingId,
      @Nullable String title,
      @Nullable Money price,
      long quantity,
      State state,
      List<PlatformIssue> issues) {
    this(sellerSku, platformListingId, title, price, quantity, state, issues, null);
  }

  /** A listing's state on its platform, normalised across platforms. */
  public enum State {
    /** Buyable. */
    ACTIVE,
    /** Exists but not buyable (no stock, paused, closed by the seller). */
    INACTIVE,
    /** Refused or suppressed by the platform; see the issues. */
    REJECTED,
    /** A state the SDK does not model. */
    OTHER
  }
}
