package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.amazon.internal.MessagingWire.GetMessagingActionsResponse;
import dev.crossborder.erp.platforms.amazon.internal.MessagingWire.MessageRequest;
import dev.crossborder.erp.platforms.http.CallContext;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Messaging API v1 ({@code models/messaging-api-model/messaging.json}): the message types an order
 * allows now, and sending one of them. There is no operation to read buyer messages.
 */
public interface MessagingApi {

  /** {@code getMessagingActionsForOrder}: the actions (message types) available for the order. */
  @GET("messaging/v1/orders/{amazonOrderId}")
  Call<GetMessagingActionsResponse> getMessagingActionsForOrder(
      @Path("amazonOrderId") String amazonOrderId,
      @Query("marketplaceIds") String marketplaceIds,
      @Tag CallContext context);

  /**
   * The send operation of one message type ({@code createConfirmDeliveryDetails} and its siblings
   * share the path {@code /messages/{messageType}}); 201 with an empty body on success.
   */
  @POST("messaging/v1/orders/{amazonOrderId}/messages/{messageType}")
  Call<Void> createMessage(
      @Path("amazonOrderId") String amazonOrderId,
      @Path("messageType") String messageType,
      @Query("marketplaceIds") String marketplaceIds,
      @Body MessageRequest body,
      @Tag CallContext context);
}
