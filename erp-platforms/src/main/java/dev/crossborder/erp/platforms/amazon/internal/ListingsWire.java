package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.AmazonMoney;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the Listings Items API 2021-08-01
 * ({@code models/listings-items-api-model/listingsItems_2021-08-01.json}): the listing item read
 * by {@code getListingsItem} and {@code searchListingsItems}, the submission response of put, patch
 * and delete, and the put and patch request bodies. Names exactly as in the model.
 */
public final class ListingsWire {
  private ListingsWire() {}

  /**
   * {@code Item}: one listing, as {@code getListingsItem} returns it and {@code
   * searchListingsItems} lists it. Required by the model: sku.
   *
   * @param sku the seller SKU
   * @param summaries per-marketplace summaries ({@code includedData=summaries})
   * @param offers per-marketplace offers ({@code includedData=offers})
   * @param fulfillmentAvailability quantities per channel ({@code
   *     includedData=fulfillmentAvailability})
   * @param issues open issues ({@code includedData=issues})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(
      @Nullable String sku,
      @Nullable List<ItemSummary> summaries,
      @Nullable List<ItemOffer> offers,
      @Nullable List<FulfillmentAvailability> fulfillmentAvailability,
      @Nullable List<Issue> issues) {}

  /**
   * {@code ItemSummaryByMarketplace}.
   *
   * @param marketplaceId the marketplace
   * @param asin the ASIN
   * @param productType the product type
   * @param conditionType the condition, such as {@code new_new}
   * @param status {@code BUYABLE}, {@code DISCOVERABLE}; open set
   * @param itemName the title
   * @param createdDate when it was created
   * @param lastUpdatedDate when it last changed
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemSummary(
      @Nullable String marketplaceId,
      @Nullable String asin,
      @Nullable String productType,
      @Nullable String conditionType,
      @Nullable List<String> status,
      @Nullable String itemName,
      @Nullable Instant createdDate,
      @Nullable Instant lastUpdatedDate) {}

  /**
   * {@code ItemOfferByMarketplace}.
   *
   * @param marketplaceId the marketplace
   * @param offerType {@code B2C} or {@code B2B}
   * @param price the offer price
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemOffer(@Nullable String marketplaceId, @Nullable String offerType, @Nullable AmazonMoney price) {}

  /**
   * {@code FulfillmentAvailability}.
   *
   * @param fulfillmentChannelCode {@code DEFAULT} for the seller's own (MFN) stock, else an
   *     Amazon channel such as {@code AMAZON_NA}
   * @param quantity the sellable quantity
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentAvailability(@Nullable String fulfillmentChannelCode, @Nullable Long quantity) {}

  /**
   * {@code Issue}. Required by the model: code, message, severity.
   *
   * @param code the issue code
   * @param message the message
   * @param severity {@code ERROR}, {@code WARNING}, {@code INFO}; open set
   * @param attributeNames the attributes it concerns
   * @param categories its categories
   * @param marketplaceIds the marketplaces it concerns (absent: all)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Issue(
      @Nullable String code,
      @Nullable String message,
      @Nullable String severity,
      @Nullable List<String> attributeNames,
      @Nullable List<String> categories,
      @Nullable List<String> marketplaceIds) {}

  /**
   * {@code ItemSearchResults} of {@code searchListingsItems}.
   *
   * @param numberOfResults total matches
   * @param pagination page tokens
   * @param items the listings of this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemSearchResults(
      @Nullable Long numberOfResults, @Nullable Pagination pagination, @Nullable List<Item> items) {}

  /**
   * {@code Pagination}: pass {@code nextToken} back as {@code pageToken}.
   *
   * @param nextToken the next page's token
   * @param previousToken the previous page's token
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Pagination(@Nullable String nextToken, @Nullable String previousToken) {}

  /**
   * {@code ListingsItemSubmissionResponse} of put, patch and delete. Required by the model: sku,
   * status, submissionId. A 200 may carry {@code status: INVALID}.
   *
   * @param sku the seller SKU
   * @param status {@code ACCEPTED}, {@code INVALID} or {@code VALID}; open set
   * @param submissionId the submission's id
   * @param issues the issues found
   * @param identifiers the ASINs per marketplace, when asked for
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SubmissionResponse(
      @Nullable String sku,
      @Nullable String status,
      @Nullable String submissionId,
      @Nullable List<Issue> issues,
      @Nullable List<ItemIdentifiers> identifiers) {}

  /**
   * {@code ItemIdentifiersByMarketplace}.
   *
   * @param marketplaceId the marketplace
   * @param asin the ASIN
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemIdentifiers(@Nullable String marketplaceId, @Nullable String asin) {}

  /**
   * {@code ListingsItemPutRequest}.
   *
   * @param productType the product type
   * @param requirements {@code LISTING}, {@code LISTING_PRODUCT_ONLY} or {@code
   *     LISTING_OFFER_ONLY}
   * @param attributes the attributes, in the product type's schema
   */
  public record PutRequest(String productType, String requirements, Map<String, Object> attributes) {}

  /**
   * {@code ListingsItemPatchRequest}.
   *
   * @param productType the product type
   * @param patches JSON-Patch-like operations
   */
  public record PatchRequest(String productType, List<PatchOperation> patches) {}

  /**
   * {@code PatchOperation}.
   *
   * @param op {@code add}, {@code replace}, {@code merge} or {@code delete}
   * @param path such as {@code /attributes/fulfillment_availability}
   * @param value the value
   */
  public record PatchOperation(String op, String path, @Nullable List<Map<String, Object>> value) {}
}
