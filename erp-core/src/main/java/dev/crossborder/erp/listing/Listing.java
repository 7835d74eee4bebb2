package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.listing.internal.PlatformValues;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A SKU offered in a shop: keyed by the shop and the seller SKU the platform knows it by, with the
 * local SKU it is paired with, the platform's id, what the SDK last rendered and pushed, what the
 * platform said and last showed. Immutable; change it through {@link #toBuilder()}.
 *
 * @param shop the shop
 * @param sellerSku the seller SKU on the platform
 * @param sku the local SKU it is paired with, or {@code null} for an unpaired imported listing
 * @param product the local product, when published from one
 * @param status where it stands with the platform
 * @param platformListingId the platform's id (ASIN, item id, GID), once known
 * @param productType the platform product type it was rendered for, once rendered
 * @param attributes the rendered platform attributes (bulk-edit overrides applied)
 * @param overrides attribute values set by bulk edits, applied over the template on every render
 * @param price the price pushed (or to push), or {@code null} when left to a later update
 * @param priceQuote the breakdown of {@code price} when a rule computed it
 * @param quantity the quantity pushed, or {@code null} when left to the inventory push
 * @param issues the platform's or local validation's issues from the last verdict
 * @param pending the submission stored but not yet answered, or {@code null}
 * @param seen what the platform showed when last read back, or {@code null}
 * @param confirmedAt when the platform last confirmed the listing's state, or {@code null}
 * @param lastError the last failure to reach the platform (never a secret), or {@code null}
 * @param pairedBy how the listing is paired with {@code sku}, or {@code null} when unpaired
 * @param updatedAt when the SDK last changed it
 * @param version the optimistic version checked by the store (0 before first save)
 */
public record Listing(
    ShopId shop,
    String sellerSku,
    @Nullable SkuCode sku,
    @Nullable ProductId product,
    ListingStatus status,
    @Nullable String platformListingId,
    @Nullable String productType,
    Map<String, Object> attributes,
    Map<String, Object> overrides,
    @Nullable Money price,
    @Nullable PriceQuote priceQuote,
    @Nullable Long quantity,
    List<PlatformIssue> issues,
    @Nullable PendingSubmission pending,
    @Nullable PlatformSnapshot seen,
    @Nullable Instant confirmedAt,
    @Nullable String lastError,
    @Nullable PairingMethod pairedBy,
    Instant updatedAt,
    long version) {

  /** Validates and copies. */
  public Listing {
    Checks.present("shop", shop);
    sellerSku = Checks.text("sellerSku", sellerSku, 200);
    Checks.present("status", status);
    attributes = Collections.unmodifiableMap(new TreeMap<>(Checks.present("attributes", attributes)));
    overrides = Collections.unmodifiableMap(new TreeMap<>(Checks.present("overrides", overrides)));
    if (quantity != null) {
      Checks.nonNegative("quantity", quantity);
    }
    attributes.forEach((name, value) -> PlatformValues.check("attributes." + name, value));
    overrides.forEach((name, value) -> PlatformValues.check("overrides." + name, value));
    issues = List.copyOf(issues);
    Checks.present("updatedAt", updatedAt);
    Checks.nonNegative("version", version);
    if (pairedBy != null && sku == null) {
      throw new IllegalArgumentException("pairedBy without sku");
    }
  }

  /** A new draft of {@code sellerSku} in {@code shop}, unpaired, at version 0. */
  public static Listing draft(ShopId shop, String sellerSku, Instant now) {
    return new Listing(shop, sellerSku, null, null, ListingStatus.DRAFT, null, null, Map.of(), Map.of(), null,
        null, null, List.of(), null, null, null, null, null, now, 0);
  }

  /**
   * The submission this listing sends: its seller SKU, product type, attributes, price and
   * quantity.
   *
   * @throws IllegalStateException if it was never rendered (no product type)
   */
  public ListingSubmission submission() {
    if (productType == null) {
      throw new IllegalStateException("listing " + shop + "/" + sellerSku + " has no product type");
    }
    return new ListingSubmission(sellerSku, productType, attributes, price, quantity);
  }

  /** Whether the listing has an intent that may or may not have reached the platform. */
  public boolean isPending() {
    return pending != null;
  }

  /** A builder starting from this listing. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This listing at {@code version}; used by stores. */
  public Listing withVersion(long version) {
    return toBuilder().version(version).build();
  }

  /** Changes some fields of a {@link Listing}; not thread-safe. */
  public static final class Builder {
    private ShopId shop;
    private String sellerSku;
    private @Nullable SkuCode sku;
    private @Nullable ProductId product;
    private ListingStatus status;
    private @Nullable String platformListingId;
    private @Nullable String productType;
    private Map<String, Object> attributes;
    private Map<String, Object> overrides;
    private @Nullable Money price;
    private @Nullable PriceQuote priceQuote;
    private @Nullable Long quantity;
    private List<PlatformIssue> issues;
    private @Nullable PendingSubmission pending;
    private @Nullable PlatformSnapshot seen;
    private @Nullable Instant confirmedAt;
    private @Nullable String lastError;
    private @Nullable PairingMethod pairedBy;
    private Instant updatedAt;
    private long version;

    private Builder(Listing l) {
      shop = l.shop;
      sellerSku = l.sellerSku;
      sku = l.sku;
      product = l.product;
      status = l.status;
      platformListingId = l.platformListingId;
      productType = l.productType;
      attributes = l.attributes;
      overrides = l.overrides;
      price = l.price;
      priceQuote = l.priceQuote;
      quantity = l.quantity;
      issues = l.issues;
      pending = l.pending;
      seen = l.seen;
      confirmedAt = l.confirmedAt;
      lastError = l.lastError;
      pairedBy = l.pairedBy;
      updatedAt = l.updatedAt;
      version = l.version;
    }

    /** Pairs the listing with {@code sku} by {@code method} ({@code null}, {@code null} unpairs). */
    public Builder paired(@Nullable SkuCode sku, @Nullable PairingMethod method) {
      this.sku = sku;
      this.pairedBy = method;
      return this;
    }

    /** Sets the local product. */
    public Builder product(@Nullable ProductId product) {
      this.product = product;
      return this;
    }

    /**
     * Sets the status.
     *
     * @throws IllegalTransitionException if the current status may
     *     not change to it
     */
    public Builder status(ListingStatus status) {
      if (!this.status.canChangeTo(status)) {
        throw new IllegalTransitionException("status", this.status, status);
      }
      this.status = status;
      return this;
    }

    /** Sets the platform's id (keeps the known one when {@code id} is {@code null}). */
    public Builder platformListingId(@Nullable String id) {
      if (id != null) {
        this.platformListingId = id;
      }
      return this;
    }

    /** Sets the rendered product type and attributes. */
    public Builder rendered(String productType, Map<String, Object> attributes) {
      this.productType = productType;
      this.attributes = attributes;
      return this;
    }

    /** Sets the bulk-edit overrides. */
    public Builder overrides(Map<String, Object> overrides) {
      this.overrides = overrides;
      return this;
    }

    /** Sets the price and its breakdown. */
    public Builder price(@Nullable Money price, @Nullable PriceQuote quote) {
      this.price = price;
      this.priceQuote = quote;
      return this;
    }

    /** Sets the quantity to push. */
    public Builder quantity(@Nullable Long quantity) {
      this.quantity = quantity;
      return this;
    }

    /** Sets the issues. */
    public Builder issues(List<PlatformIssue> issues) {
      this.issues = issues;
      return this;
    }

    /** Sets or clears the pending intent. */
    public Builder pending(@Nullable PendingSubmission pending) {
      this.pending = pending;
      return this;
    }

    /** Sets what the platform showed. */
    public Builder seen(@Nullable PlatformSnapshot seen) {
      this.seen = seen;
      return this;
    }

    /** Sets when the platform last confirmed the state. */
    public Builder confirmedAt(@Nullable Instant confirmedAt) {
      this.confirmedAt = confirmedAt;
      return this;
    }

    /** Sets or clears the last error. */
    public Builder lastError(@Nullable String lastError) {
      this.lastError = lastError;
      return this;
    }

    /** Sets the time of the change. */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets the version; used by stores. */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** The listing. */
    public Listing build() {
      return new Listing(shop, sellerSku, sku, product, status, platformListingId, productType, attributes,
          overrides, price, priceQuote, quantity, issues, pending, seen, confirmedAt, lastError, pairedBy,
          updatedAt, version);
    }
  }
}
