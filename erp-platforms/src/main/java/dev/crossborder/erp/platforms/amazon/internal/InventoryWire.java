package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the FBA Inventory API v1 ({@code models/fba-inventory-api-model/fbaInventory.json})
 * for {@code getInventorySummaries}. Names exactly as in the model.
 */
public final class InventoryWire {
  private InventoryWire() {}

  /**
   * {@code GetInventorySummariesResponse}.
   *
   * @param payload the summaries
   * @param pagination present when another page follows
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GetInventorySummariesResponse(@Nullable Payload payload, @Nullable Pagination pagination) {}

  /**
   * {@code GetInventorySummariesResult}.
   *
   * @param inventorySummaries the summaries (required by the model)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Payload(@Nullable List<InventorySummary> inventorySummaries) {}

  /**
   * {@code Pagination}.
   *
   * @param nextToken the next page's token, passed back as {@code nextToken}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Pagination(@Nullable String nextToken) {}

  /**
   * {@code InventorySummary}.
   *
   * @param asin the ASIN
   * @param fnSku Amazon's fulfillment network SKU
   * @param sellerSku the seller SKU
   * @param condition the condition, such as {@code NewItem}
   * @param inventoryDetails quantities by state ({@code details=true})
   * @param lastUpdatedTime last change; Amazon's own sandbox sends {@code ""}
   * @param productName the title
   * @param totalQuantity all units Amazon holds or expects
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventorySummary(
      @Nullable String asin,
      @Nullable String fnSku,
      @Nullable String sellerSku,
      @Nullable String condition,
      @Nullable InventoryDetails inventoryDetails,
      @Nullable Instant lastUpdatedTime,
      @Nullable String productName,
      @Nullable Long totalQuantity) {}

  /**
   * {@code InventoryDetails}.
   *
   * @param fulfillableQuantity units that can ship now
   * @param inboundWorkingQuantity units in a shipment being prepared
   * @param inboundShippedQuantity units in a shipment on its way
   * @param inboundReceivingQuantity units being received
   * @param reservedQuantity units held back
   * @param unfulfillableQuantity unsellable units
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryDetails(
      @Nullable Long fulfillableQuantity,
      @Nullable Long inboundWorkingQuantity,
      @Nullable Long inboundShippedQuantity,
      @Nullable Long inboundReceivingQuantity,
      @Nullable ReservedQuantity reservedQuantity,
      @Nullable UnfulfillableQuantity unfulfillableQuantity) {}

  /**
   * {@code ReservedQuantity}.
   *
   * @param totalReservedQuantity all reserved units
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReservedQuantity(@Nullable Long totalReservedQuantity) {}

  /**
   * {@code UnfulfillableQuantity}.
   *
   * @param totalUnfulfillableQuantity all unsellable units
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record UnfulfillableQuantity(@Nullable Long totalUnfulfillableQuantity) {}
}
