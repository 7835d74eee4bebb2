package dev.crossborder.erp.platforms.walmart.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Inventory;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.OrderEnvelope;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.OrdersPage;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.ShipmentRequest;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Token;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * The Walmart Marketplace US endpoints the connector calls, below the base URL {@link #BASE_URL}
 * (a test points it at WireMock). The {@code WM_SVC.NAME}, {@code WM_QOS.CORRELATION_ID} and
 * {@code Accept} headers are added by {@link WalmartHeaders}, the access token by the shared HTTP
 * layer.
 */
interface WalmartApi {
  /** The production base URL. */
  String BASE_URL = "https://marketplace.walmartapis.com/";

  /**
   * {@code POST /v3/token}, client-credentials grant, with the client id and secret as Basic
   * authorization. The header carries a secret: the HTTP logger never logs headers.
   */
  @FormUrlEncoded
  @POST("v3/token")
  Call<Token> token(
      @Header("Authorization") String basicAuthorization,
      @Field("grant_type") String grantType,
      @Tag CallContext context);

  /** {@code GET /v3/orders}: the first page of orders last modified in a window, of one ship node type. */
  @GET("v3/orders")
  Call<OrdersPage> orders(
      @Query("lastModifiedStartDate") String lastModifiedStartDate,
      @Query("lastModifiedEndDate") String lastModifiedEndDate,
      @Query("shipNodeType") String shipNodeType,
      @Query("limit") int limit,
      @Query("productInfo") boolean productInfo,
      @Tag CallContext context);

  /** A later page: {@code /v3/orders} followed by Walmart's {@code nextCursor} query string. */
  @GET
  Call<OrdersPage> ordersPage(@Url String url, @Tag CallContext context);

  /** {@code GET /v3/orders/{purchaseOrderId}}. */
  @GET("v3/orders/{purchaseOrderId}")
  Call<OrderEnvelope> order(@Path("purchaseOrderId") String purchaseOrderId, @Tag CallContext context);

  /** {@code POST /v3/orders/{purchaseOrderId}/acknowledge}, without a body. */
  @POST("v3/orders/{purchaseOrderId}/acknowledge")
  Call<OrderEnvelope> acknowledge(@Path("purchaseOrderId") String purchaseOrderId, @Tag CallContext context);

  /** {@code POST /v3/orders/{purchaseOrderId}/shipping}. */
  @POST("v3/orders/{purchaseOrderId}/shipping")
  Call<OrderEnvelope> ship(
      @Path("purchaseOrderId") String purchaseOrderId, @Body ShipmentRequest body, @Tag CallContext context);

  /** {@code PUT /v3/inventory?sku=…}: the sellable quantity of one SKU (at the default ship node). */
  @PUT("v3/inventory")
  Call<Inventory> updateInventory(
      @Query("sku") String sku, @Body Inventory body, @Query("shipNode") @Nullable String shipNode, @Tag CallContext context);
}
