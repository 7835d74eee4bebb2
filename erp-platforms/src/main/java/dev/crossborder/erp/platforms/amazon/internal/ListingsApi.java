package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.Item;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemSearchResults;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.PatchRequest;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.PutRequest;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.SubmissionResponse;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Listings Items API 2021-08-01 ({@code models/listings-items-api-model/listingsItems_2021-08-01.json}).
 * {@code marketplaceIds} and {@code includedData} are comma-separated (the model's {@code csv});
 * {@code mode=VALIDATION_PREVIEW} validates without submitting. The SKU path segment is encoded by
 * Retrofit, so SKUs with {@code /} or spaces are safe. The last parameter is the call's context tag.
 */
public interface ListingsApi {

  /** {@code getListingsItem}. */
  @GET("listings/2021-08-01/items/{sellerId}/{sku}")
  Call<Item> getListingsItem(
      @Path("sellerId") String sellerId,
      @Path("sku") String sku,
      @Query("marketplaceIds") String marketplaceIds,
      @Query("issueLocale") @Nullable String issueLocale,
      @Query("includedData") @Nullable String includedData,
      @Tag CallContext context);

  /** {@code putListingsItem}: creates or fully replaces; a 200 may say {@code INVALID}. */
  @PUT("listings/2021-08-01/items/{sellerId}/{sku}")
  Call<SubmissionResponse> putListingsItem(
      @Path("sellerId") String sellerId,
      @Path("sku") String sku,
      @Query("marketplaceIds") String marketplaceIds,
      @Query("includedData") @Nullable String includedData,
      @Query("mode") @Nullable String mode,
      @Query("issueLocale") @Nullable String issueLocale,
      @Body PutRequest body,
      @Tag CallContext context);

  /** {@code patchListingsItem}: partial update, such as the MFN quantity. */
  @PATCH("listings/2021-08-01/items/{sellerId}/{sku}")
  Call<SubmissionResponse> patchListingsItem(
      @Path("sellerId") String sellerId,
      @Path("sku") String sku,
      @Query("marketplaceIds") String marketplaceIds,
      @Query("includedData") @Nullable String includedData,
      @Query("mode") @Nullable String mode,
      @Query("issueLocale") @Nullable String issueLocale,
      @Body PatchRequest body,
      @Tag CallContext context);

  /** {@code deleteListingsItem}. */
  @DELETE("listings/2021-08-01/items/{sellerId}/{sku}")
  Call<SubmissionResponse> deleteListingsItem(
      @Path("sellerId") String sellerId,
      @Path("sku") String sku,
      @Query("marketplaceIds") String marketplaceIds,
      @Query("issueLocale") @Nullable String issueLocale,
      @Tag CallContext context);

  /**
   * {@code searchListingsItems}: the seller's listings, a page at a time ({@code pageSize} up to
   * 20; the next page with {@code pageToken} = the previous page's {@code nextToken}).
   */
  @GET("listings/2021-08-01/items/{sellerId}")
  Call<ItemSearchResults> searchListingsItems(
      @Path("sellerId") String sellerId,
      @Query("marketplaceIds") String marketplaceIds,
      @Query("issueLocale") @Nullable String issueLocale,
      @Query("includedData") @Nullable String includedData,
      @Query("identifiers") @Nullable String identifiers,
      @Query("identifiersType") @Nullable String identifiersType,
      @Query("lastUpdatedAfter") @Nullable String lastUpdatedAfter,
      @Query("pageSize") @Nullable Integer pageSize,
      @Query("pageToken") @Nullable String pageToken,
      @Tag CallContext context);
}
