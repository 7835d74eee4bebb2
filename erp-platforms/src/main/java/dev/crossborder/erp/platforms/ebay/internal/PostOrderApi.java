package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.CancellationPage;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.Decision;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.ReturnPage;
import dev.crossborder.erp.platforms.http.CallContext;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * The Post-Order API v2 calls the connector makes, below {@code https://api.ebay.com/}. Sent on an
 * HTTP layer whose token header is {@code Authorization: IAF <token>}. Dates are ISO 8601 text;
 * {@code offset} is eBay's page number, from 1.
 */
interface PostOrderApi {
  /** The header naming the marketplace. */
  String MARKETPLACE = "X-EBAY-C-MARKETPLACE-ID";

  /** {@code GET /post-order/v2/return/search}, the seller's returns created in the range. */
  @GET("post-order/v2/return/search")
  Call<ReturnPage> searchReturns(
      @Query("creation_date_range_from") String from,
      @Query("creation_date_range_to") String to,
      @Query("role") String role,
      @Query("limit") int limit,
      @Query("offset") int page,
      @Header(MARKETPLACE) String marketplace,
      @Tag CallContext context);

  /** {@code GET /post-order/v2/cancellation/search}, the cancellations created in the range. */
  @GET("post-order/v2/cancellation/search")
  Call<CancellationPage> searchCancellations(
      @Query("creation_date_range_from") String from,
      @Query("creation_date_range_to") String to,
      @Query("limit") int limit,
      @Query("offset") int page,
      @Header(MARKETPLACE) String marketplace,
      @Tag CallContext context);

  /** {@code POST /post-order/v2/return/{returnId}/decide}. */
  @POST("post-order/v2/return/{returnId}/decide")
  Call<Void> decideReturn(
      @Path("returnId") String returnId, @Body Decision decision, @Header(MARKETPLACE) String marketplace,
      @Tag CallContext context);

  /** {@code POST /post-order/v2/cancellation/{cancelId}/approve}. */
  @POST("post-order/v2/cancellation/{cancelId}/approve")
  Call<Void> approveCancellation(
      @Path("cancelId") String cancelId, @Body Map<String, Object> empty, @Header(MARKETPLACE) String marketplace,
      @Tag CallContext context);

  /** {@code POST /post-order/v2/cancellation/{cancelId}/reject}. */
  @POST("post-order/v2/cancellation/{cancelId}/reject")
  Call<Void> rejectCancellation(
      @Path("cancelId") String cancelId, @Body Map<String, Object> empty, @Header(MARKETPLACE) String marketplace,
      @Tag CallContext context);
}
