package dev.crossborder.erp.platforms.ebay.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Amount;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of eBay's Inventory API v1 ({@code sell_inventory_v1_oas3.json}): inventory items,
 * offers, publishing and {@code bulkUpdatePriceQuantity}, with eBay's field names. Inventory item
 * and offer request bodies are maps, since they carry the seller's attributes in eBay's names.
 */
public final class InventoryWire {
  private InventoryWire() {}

  /**
   * {@code InventoryItemWithSkuLocaleGroupid}: what {@code getInventoryItem(s)} answer.
   *
   * @param sku the SKU
   * @param availability the quantity available
   * @param product the product (title read)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryItem(@Nullable String sku, @Nullable Availability availability, @Nullable Product product) {}

  /**
   * {@code Availability}.
   *
   * @param shipToLocationAvailability the quantity to ship from the seller's locations
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Availability(@Nullable ShipToLocationAvailability shipToLocationAvailability) {}

  /**
   * {@code ShipToLocationAvailability}.
   *
   * @param quantity units available
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ShipToLocationAvailability(@Nullable Long quantity) {}

  /**
   * {@code Product}: its title.
   *
   * @param title the title
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Product(@Nullable String title) {}

  /**
   * {@code InventoryItems}, the answer of {@code getInventoryItems}.
   *
   * @param inventoryItems the page's items
   * @param total how many items the seller has
   * @param size the page size
   * @param next the URI of the next page, absent on the last
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryItems(
      @Nullable List<InventoryItem> inventoryItems, @Nullable Integer total, @Nullable Integer size, @Nullable String next) {}

  /**
   * {@code Offers}, the answer of {@code getOffers}.
   *
   * @param offers the SKU's offers
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Offers(@Nullable List<Offer> offers) {}

  /**
   * {@code EbayOfferDetailsWithAll}.
   *
   * @param offerId the offer id
   * @param sku the SKU
   * @param marketplaceId the marketplace
   * @param status {@code PUBLISHED} or {@code UNPUBLISHED}
   * @param pricingSummary the price
   * @param listing the live listing, once published
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Offer(
      @Nullable String offerId,
      @Nullable String sku,
      @Nullable String marketplaceId,
      @Nullable String status,
      @Nullable PricingSummary pricingSummary,
      @Nullable Listing listing) {}

  /**
   * {@code PricingSummary} of an offer.
   *
   * @param price the price
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PricingSummary(@Nullable Amount price) {}

  /**
   * {@code ListingDetails}.
   *
   * @param listingId the eBay listing (item) id
   * @param listingStatus {@code ACTIVE}, {@code OUT_OF_STOCK}, {@code ENDED}, …
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Listing(@Nullable String listingId, @Nullable String listingStatus) {}

  /**
   * {@code OfferResponse} ({@code createOffer}) and {@code PublishResponse} ({@code publishOffer}).
   *
   * @param offerId the new offer's id
   * @param listingId the listing id after publishing
   * @param warnings eBay's warnings
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OfferResponse(@Nullable String offerId, @Nullable String listingId, @Nullable List<EbayErrors.Wire> warnings) {}

  /**
   * {@code BulkPriceQuantity}, the body of {@code bulkUpdatePriceQuantity}.
   *
   * @param requests one per SKU
   */
  public record BulkPriceQuantity(List<PriceQuantity> requests) {}

  /**
   * {@code PriceQuantity}: the SKU's quantity at the seller's locations.
   *
   * @param sku the SKU
   * @param shipToLocationAvailability the new quantity
   */
  public record PriceQuantity(String sku, ShipToLocationAvailability shipToLocationAvailability) {}

  /**
   * {@code BulkPriceQuantityResponse}.
   *
   * @param responses one per SKU
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BulkResponse(@Nullable List<BulkResult> responses) {}

  /**
   * {@code PriceQuantityResponse}.
   *
   * @param sku the SKU
   * @param statusCode the HTTP status of this SKU's update
   * @param errors its errors
   * @param warnings its warnings
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BulkResult(
      @Nullable String sku,
      @Nullable Integer statusCode,
      @Nullable List<EbayErrors.Wire> errors,
      @Nullable List<EbayErrors.Wire> warnings) {}
}
