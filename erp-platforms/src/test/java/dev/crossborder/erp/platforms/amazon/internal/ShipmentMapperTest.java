package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The v0 confirmShipment body against the model's sandbox request. */
class ShipmentMapperTest {

  @Test
  void buildsTheConfirmShipmentBodyOfTheSandboxRequest() {
    ShipmentConfirmation confirmation =
        new ShipmentConfirmation(
            "902-1106328-1059050",
            List.of(new ShipmentConfirmation.Item("79039765272157", Quantity.of(1))),
            "FedEx",
            "FedEx",
            "112345678",
            "FedEx Ground",
            Instant.parse("2022-02-11T01:00:00.000Z"));

    var tree = AmazonJson.mapper().valueToTree(ShipmentMapper.confirmRequest(confirmation, "ATVPDKIKX0DER", 1));
    var sandbox = Fixtures.tree("orders-v0-confirmShipment-204-sandbox-request.json");

    assertThat(tree.get("marketplaceId")).isEqualTo(sandbox.get("marketplaceId"));
    for (String f : List.of("packageReferenceId", "carrierCode", "carrierName", "shippingMethod", "trackingNumber")) {
      assertThat(tree.get("packageDetail").get(f)).as(f).isEqualTo(sandbox.get("packageDetail").get(f));
    }
    assertThat(Instant.parse(tree.get("packageDetail").get("shipDate").asText()))
        .isEqualTo(Instant.parse(sandbox.get("packageDetail").get("shipDate").asText()));
    var item = tree.get("packageDetail").get("orderItems").get(0);
    var sandboxItem = sandbox.get("packageDetail").get("orderItems").get(0);
    assertThat(item.get("orderItemId")).isEqualTo(sandboxItem.get("orderItemId"));
    assertThat(item.get("quantity").asLong()).isEqualTo(sandboxItem.get("quantity").asLong());
  }

  @Test
  void leavesOutOptionalCarrierFieldsThatAreNotSet() {
    ShipmentConfirmation confirmation =
        new ShipmentConfirmation("1", List.of(new ShipmentConfirmation.Item("L1", Quantity.of(2))), "UPS", null,
            "1Z999", null, Instant.parse("2026-01-01T00:00:00Z"));
    String json = AmazonJson.write(ShipmentMapper.confirmRequest(confirmation, "ATVPDKIKX0DER", 3));
    assertThat(json).isEqualTo(
        "{\"packageDetail\":{\"packageReferenceId\":\"3\",\"carrierCode\":\"UPS\",\"trackingNumber\":\"1Z999\","
            + "\"shipDate\":\"2026-01-01T00:00:00Z\",\"orderItems\":[{\"orderItemId\":\"L1\",\"quantity\":2}]},"
            + "\"marketplaceId\":\"ATVPDKIKX0DER\"}");
  }

  @Test
  void readsTheConfirmShipmentErrorBody() {
    assertThat(SpApiErrors.read(Fixtures.bytes("orders-v0-confirmShipment-400-sandbox.json"), 400))
        .isEqualTo(new SpApiErrors.PlatformError("Invalid Input", "Invalid Input"));
  }
}
