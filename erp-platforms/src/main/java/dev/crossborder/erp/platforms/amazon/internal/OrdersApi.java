package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.ConfirmShipmentRequest;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.GetOrderResponse;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.SearchOrdersResponse;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Orders API v2026-01-01 ({@code models/orders-api-model/orders_2026-01-01.json}) for reading, and
 * Orders v0 ({@code ordersV0.json}) {@code confirmShipment} for tracking upload. List-valued query
 * parameters are comma-separated text (Swagger 2.0's default {@code csv} format); instants are
 * ISO-8601 text. The last parameter of every method is the call's context, a Retrofit tag the HTTP
 * layer reads (shop and operation).
 */
public interface OrdersApi {

  /**
   * {@code searchOrders}: orders last updated in [{@code lastUpdatedAfter}, {@code
   * lastUpdatedBefore}] (or created in the created window: exactly one of {@code createdAfter} and
   * {@code lastUpdatedAfter}); the next page with {@code paginationToken} and the same other
   * parameters. {@code maxResultsPerPage} is 1 to 100 (default 100).
   */
  @GET("orders/2026-01-01/orders")
  Call<SearchOrdersResponse> searchOrders(
      @Query("createdAfter") @Nullable String createdAfter,
      @Query("createdBefore") @Nullable String createdBefore,
      @Query("lastUpdatedAfter") @Nullable String lastUpdatedAfter,
      @Query("lastUpdatedBefore") @Nullable String lastUpdatedBefore,
      @Query("fulfillmentStatuses") @Nullable String fulfillmentStatuses,
      @Query("marketplaceIds") @Nullable String marketplaceIds,
      @Query("fulfilledBy") @Nullable String fulfilledBy,
      @Query("maxResultsPerPage") @Nullable Integer maxResultsPerPage,
      @Query("paginationToken") @Nullable String paginationToken,
      @Query("includedData") @Nullable String includedData,
      @Tag CallContext context);

  /** {@code getOrder}: one order with the datasets in {@code includedData}. */
  @GET("orders/2026-01-01/orders/{orderId}")
  Call<GetOrderResponse> getOrder(
      @Path("orderId") String orderId,
      @Query("includedData") @Nullable String includedData,
      @Tag CallContext context);

  /** v0 {@code confirmShipment}: 204 with no body on success. */
  @POST("orders/v0/orders/{orderId}/shipmentConfirmation")
  Call<Void> confirmShipment(
      @Path("orderId") String orderId, @Body ConfirmShipmentRequest body, @Tag CallContext context);
}
