package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.amazon.internal.InventoryWire.GetInventorySummariesResponse;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * FBA Inventory API v1 ({@code models/fba-inventory-api-model/fbaInventory.json}). The last
 * parameter is the call's context tag.
 */
public interface FbaInventoryApi {

  /**
   * {@code getInventorySummaries}: {@code granularityType} is {@code Marketplace} and {@code
   * granularityId} and {@code marketplaceIds} the one marketplace; {@code details=true} for the
   * quantity breakdown; {@code sellerSkus} comma-separated, up to 50; {@code nextToken} for the
   * next page (with the same {@code startDateTime}).
   */
  @GET("fba/inventory/v1/summaries")
  Call<GetInventorySummariesResponse> getInventorySummaries(
      @Query("details") @Nullable Boolean details,
      @Query("granularityType") String granularityType,
      @Query("granularityId") String granularityId,
      @Query("startDateTime") @Nullable String startDateTime,
      @Query("sellerSkus") @Nullable String sellerSkus,
      @Query("nextToken") @Nullable String nextToken,
      @Query("marketplaceIds") String marketplaceIds,
      @Tag CallContext context);
}
