package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.ListFinancialEventsResponse;
import dev.crossborder.erp.platforms.http.CallContext;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Finances API v0 ({@code models/finances-api-model/financesV0.json}). The last parameter is the
 * call's context tag.
 */
public interface FinancesApi {

  /**
   * {@code listFinancialEvents}: events posted in [{@code PostedAfter}, {@code PostedBefore}),
   * ISO 8601; {@code MaxResultsPerPage} 1 to 100; {@code NextToken} for the next page.
   */
  @GET("finances/v0/financialEvents")
  Call<ListFinancialEventsResponse> listFinancialEvents(
      @Query("MaxResultsPerPage") @Nullable Integer maxResultsPerPage,
      @Query("PostedAfter") @Nullable String postedAfter,
      @Query("PostedBefore") @Nullable String postedBefore,
      @Query("NextToken") @Nullable String nextToken,
      @Tag CallContext context);
}
