package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.CreateInboundPlanRequest;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.CreateInboundPlanResponse;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.InboundOperationStatus;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.InboundPlan;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.ListInboundPlansResponse;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Fulfillment Inbound API 2024-03-20
 * ({@code models/fulfillment-inbound-api-model/fulfillmentInbound_2024-03-20.json}): create a plan,
 * poll the operation, read the plan back, list plans. The last parameter is the call's context tag.
 */
public interface InboundApi {

  /** {@code createInboundPlan}: 202 with the plan id and the operation to poll. Not idempotent. */
  @POST("inbound/fba/2024-03-20/inboundPlans")
  Call<CreateInboundPlanResponse> createInboundPlan(@Body CreateInboundPlanRequest body, @Tag CallContext context);

  /** {@code getInboundOperationStatus}. */
  @GET("inbound/fba/2024-03-20/operations/{operationId}")
  Call<InboundOperationStatus> getInboundOperationStatus(
      @Path("operationId") String operationId, @Tag CallContext context);

  /** {@code getInboundPlan}. */
  @GET("inbound/fba/2024-03-20/inboundPlans/{inboundPlanId}")
  Call<InboundPlan> getInboundPlan(@Path("inboundPlanId") String inboundPlanId, @Tag CallContext context);

  /**
   * {@code listInboundPlans}: {@code pageSize} 1 to 30, {@code status} {@code ACTIVE}/{@code
   * VOIDED}/{@code SHIPPED}, {@code sortBy} {@code LAST_UPDATED_TIME}/{@code CREATION_TIME},
   * {@code sortOrder} {@code ASC}/{@code DESC}.
   */
  @GET("inbound/fba/2024-03-20/inboundPlans")
  Call<ListInboundPlansResponse> listInboundPlans(
      @Query("pageSize") @Nullable Integer pageSize,
      @Query("paginationToken") @Nullable String paginationToken,
      @Query("status") @Nullable String status,
      @Query("sortBy") @Nullable String sortBy,
      @Query("sortOrder") @Nullable String sortOrder,
      @Tag CallContext context);
}
