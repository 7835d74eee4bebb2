package dev.crossborder.erp.platforms.shopify.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.UserError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire records of {@code FulfillmentCreate} ({@link Operation}); every field nullable. */
public final class ShipmentsWire {
  private ShipmentsWire() {}

  /**
   * {@code data} of {@code FulfillmentCreate}.
   *
   * @param fulfillmentCreate the payload
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentCreateData(@Nullable FulfillmentCreatePayload fulfillmentCreate) {}

  /**
   * {@code FulfillmentCreatePayload}.
   *
   * @param fulfillment the fulfilment created
   * @param userErrors what Shopify refused
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentCreatePayload(@Nullable Created fulfillment, @Nullable List<UserError> userErrors) {}

  /**
   * {@code Fulfillment}, as created.
   *
   * @param id the global id
   * @param status its status
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Created(@Nullable String id, @Nullable String status) {}
}
