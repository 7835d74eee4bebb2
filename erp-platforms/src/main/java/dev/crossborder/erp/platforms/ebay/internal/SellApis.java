package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Fulfillments;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.FulfillmentRequest;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.OrderPage;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.BulkPriceQuantity;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.BulkResponse;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.InventoryItem;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.InventoryItems;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.OfferResponse;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.Offers;
import dev.crossborder.erp.platforms.http.CallContext;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** The Retrofit interfaces of the Sell APIs the connector calls, below {@code https://api.ebay.com/}. */
final class SellApis {
  /** The production base URL. */
  static final String BASE_URL = "https://api.ebay.com/";

  private SellApis() {}

  /** Fulfillment API v1: orders and shipping fulfillments. */
  interface Fulfillment {
    /**
     * {@code getOrders}. {@code filter} is plain text such as {@code
     * lastmodifieddate:[2026-03-02T00:00:00.000Z..2026-03-02T01:00:00.000Z]}; Retrofit encodes it
     * once, brackets and colons included.
     */
    @GET("sell/fulfillment/v1/order")
    Call<OrderPage> getOrders(
        @Query("filter") String filter, @Query("limit") int limit, @Query("offset") int offset, @Tag CallContext context);

    /** {@code getShippingFulfillments}: every fulfillment of the order. */
    @GET("sell/fulfillment/v1/order/{orderId}/shipping_fulfillment")
    Call<Fulfillments> getShippingFulfillments(@Path("orderId") String orderId, @Tag CallContext context);

    /** {@code createShippingFulfillment}: adds a package to the order on every call (201, no body). */
    @POST("sell/fulfillment/v1/order/{orderId}/shipping_fulfillment")
    Call<Void> createShippingFulfillment(
        @Path("orderId") String orderId, @Body FulfillmentRequest body, @Tag CallContext context, @Tag ErrorCapture errors);
  }

  /** Inventory API v1: inventory items, offers and quantities. */
  interface Inventory {
    /** {@code createOrReplaceInventoryItem} (201 or 204). */
    @PUT("sell/inventory/v1/inventory_item/{sku}")
    Call<Void> createOrReplaceInventoryItem(
        @Path("sku") String sku,
        @Header("Content-Language") String language,
        @Body Map<String, Object> item,
        @Tag CallContext context,
        @Tag ErrorCapture errors);

    /** {@code getInventoryItem} (404 with error 25702 when the SKU is unknown). */
    @GET("sell/inventory/v1/inventory_item/{sku}")
    Call<InventoryItem> getInventoryItem(@Path("sku") String sku, @Tag CallContext context);

    /** {@code getInventoryItems}, offset paging. */
    @GET("sell/inventory/v1/inventory_item")
    Call<InventoryItems> getInventoryItems(@Query("limit") int limit, @Query("offset") int offset, @Tag CallContext context);

    /** {@code deleteInventoryItem}: also deletes the SKU's offers and ends their listings. */
    @DELETE("sell/inventory/v1/inventory_item/{sku}")
    Call<Void> deleteInventoryItem(@Path("sku") String sku, @Tag CallContext context, @Tag ErrorCapture errors);

    /** {@code getOffers} of one SKU on one marketplace (404 with error 25713 when there is none). */
    @GET("sell/inventory/v1/offer")
    Call<Offers> getOffers(@Query("sku") String sku, @Query("marketplace_id") String marketplaceId, @Tag CallContext context);

    /** {@code createOffer}. */
    @POST("sell/inventory/v1/offer")
    Call<OfferResponse> createOffer(
        @Header("Content-Language") String language,
        @Body Map<String, Object> offer,
        @Tag CallContext context,
        @Tag ErrorCapture errors);

    /** {@code updateOffer}: a full replace of the offer (200 or 204). */
    @PUT("sell/inventory/v1/offer/{offerId}")
    Call<Void> updateOffer(
        @Path("offerId") String offerId,
        @Header("Content-Language") String language,
        @Body Map<String, Object> offer,
        @Tag CallContext context,
        @Tag ErrorCapture errors);

    /** {@code publishOffer}: lists the offer, or revises its live listing. */
    @POST("sell/inventory/v1/offer/{offerId}/publish")
    Call<OfferResponse> publishOffer(@Path("offerId") String offerId, @Tag CallContext context, @Tag ErrorCapture errors);

    /** {@code bulkUpdatePriceQuantity}: answers 200 with a status per SKU. */
    @POST("sell/inventory/v1/bulk_update_price_quantity")
    Call<BulkResponse> bulkUpdatePriceQuantity(@Body BulkPriceQuantity body, @Tag CallContext context);
  }
}
