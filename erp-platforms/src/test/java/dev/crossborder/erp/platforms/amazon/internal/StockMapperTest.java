package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platforms.amazon.internal.InventoryWire.GetInventorySummariesResponse;
import org.junit.jupiter.api.Test;

/**
 * FBA inventory summaries. The fixtures hold no 200 example of {@code getInventorySummaries} (only
 * the 500 sandbox answer), so the page below is built from the {@code GetInventorySummariesResponse}
 * schema of {@code models/fba-inventory-api-model/fbaInventory.json}, with the values of that
 * model's static sandbox response (including its {@code "lastUpdatedTime": ""}).
 */
class StockMapperTest {
  private static final WireContext CTX = new WireContext("getInventorySummaries", 200);

  private static final String PAGE = """
      {"pagination": {"nextToken": "seed"},
       "payload": {
         "granularity": {"granularityType": "Marketplace", "granularityId": "ATVPDKIKX0DER"},
         "inventorySummaries": [
           {"asin": "B0020MLK00", "fnSku": "B0020MLK00", "sellerSku": "EMTEC 1 GB", "condition": "NewItem",
            "inventoryDetails": {"fulfillableQuantity": 0, "inboundWorkingQuantity": 0, "inboundShippedQuantity": 0,
              "inboundReceivingQuantity": 0,
              "reservedQuantity": {"totalReservedQuantity": 0, "pendingCustomerOrderQuantity": 0,
                "pendingTransshipmentQuantity": 0, "fcProcessingQuantity": 0},
              "unfulfillableQuantity": {"totalUnfulfillableQuantity": 0}},
            "lastUpdatedTime": "", "productName": "EMTEC 1 GB 60x SD Flash Memory Card with USB 2.0 Card Reader",
            "totalQuantity": 0},
           {"asin": "B00T9QONN6", "fnSku": "B00T9QONN6", "sellerSku": "Silicon Power 32GB", "condition": "NewItem",
            "inventoryDetails": {"fulfillableQuantity": 66, "inboundWorkingQuantity": 21, "inboundShippedQuantity": "4",
              "inboundReceivingQuantity": 1,
              "reservedQuantity": {"totalReservedQuantity": 3},
              "unfulfillableQuantity": {"totalUnfulfillableQuantity": 2}},
            "lastUpdatedTime": "2018-03-31T23:40:39Z", "totalQuantity": 87}
         ]}}
      """;

  @Test
  void mapsSummariesWithInboundSummedAndEmptyDatesTolerated() {
    PlatformPage<PlatformStock> page =
        StockMapper.page(AmazonJson.read("getInventorySummaries", 200, PAGE, GetInventorySummariesResponse.class), CTX);

    assertThat(page.next()).isEqualTo("seed");
    assertThat(page.items())
        .containsExactly(
            new PlatformStock("EMTEC 1 GB", "B0020MLK00", 0, 0, 0, 0),
            new PlatformStock("Silicon Power 32GB", "B00T9QONN6", 66, 26, 3, 2));
  }

  @Test
  void refusesASummaryWithoutDetailsRatherThanReadingZeroStock() {
    String json = "{\"payload\": {\"inventorySummaries\": [{\"sellerSku\": \"A\", \"totalQuantity\": 5}]}}";
    assertThatThrownBy(() -> StockMapper.page(
            AmazonJson.read("getInventorySummaries", 200, json, GetInventorySummariesResponse.class), CTX))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field())
            .isEqualTo("payload.inventorySummaries[0].inventoryDetails"));
  }

  @Test
  void readsTheSandboxServerErrorBody() {
    SpApiErrors.PlatformError error =
        SpApiErrors.read(Fixtures.bytes("fba-inventory-v1-getInventorySummaries-500-sandbox.json"), 500);
    assertThat(error).isEqualTo(new SpApiErrors.PlatformError("InternalFailure", "We encountered an internal error. Please try again."));
  }
}
