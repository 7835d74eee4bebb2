package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.platform.InboundPlan;
import dev.crossborder.erp.platform.InboundPlanRequest;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.CreateInboundPlanResponse;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.InboundOperationStatus;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.ListInboundPlansResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fulfillment Inbound 2024-03-20 sandbox payloads: create, poll, read back, list. */
class InboundMapperTest {

  @Test
  void buildsTheCreateRequestOfTheSandboxExample() {
    InboundPlanRequest request =
        new InboundPlanRequest(
            "FBA (03/20/2024, 12:01 PM)",
            new Address("name", "123 example street", "Unit 102", "Toronto", "ON", "M1M1M1", "CA"),
            List.of(new InboundPlanRequest.Item("msku", Quantity.of(2), "AMAZON", "AMAZON")));

    var body = InboundMapper.createRequest(request, "A2EUQ1WTGCTBG2", "1234567890", "Acme");
    var tree = AmazonJson.mapper().valueToTree(body);
    var sandbox = Fixtures.tree("inbound-2024-03-20-createInboundPlan-202-sandbox-1-request.json");

    assertThat(tree.get("name")).isEqualTo(sandbox.get("name"));
    assertThat(tree.get("destinationMarketplaces")).isEqualTo(sandbox.get("destinationMarketplaces"));
    for (String f : List.of("name", "companyName", "addressLine1", "addressLine2", "city", "countryCode",
        "stateOrProvinceCode", "postalCode", "phoneNumber")) {
      assertThat(tree.get("sourceAddress").get(f)).as(f).isEqualTo(sandbox.get("sourceAddress").get(f));
    }
    for (String f : List.of("msku", "prepOwner", "labelOwner")) {
      assertThat(tree.get("items").get(0).get(f)).as(f).isEqualTo(sandbox.get("items").get(0).get(f));
    }
    assertThat(tree.get("items").get(0).get("quantity").asLong()).isEqualTo(2);
    assertThat(body.sourceAddress().toString()).doesNotContain("example street");
  }

  @Test
  void readsTheCreatedPlanAndItsOperation() {
    InboundMapper.Created created = InboundMapper.created(
        Fixtures.read("inbound-2024-03-20-createInboundPlan-202-sandbox-1.json", "createInboundPlan",
            CreateInboundPlanResponse.class),
        new WireContext("createInboundPlan", 202));
    assertThat(created).isEqualTo(new InboundMapper.Created(
        "wf1234abcd-1234-abcd-5678-1234abcd5678", "1234abcd-1234-abcd-5678-1234abcd5678"));
  }

  @Test
  void readsTheOperationStatusWithItsProblems() {
    InboundMapper.Operation op = InboundMapper.operation(
        Fixtures.read("inbound-2024-03-20-getInboundOperationStatus-200-sandbox.json", "getInboundOperationStatus",
            InboundOperationStatus.class),
        new WireContext("getInboundOperationStatus", 200));
    assertThat(op.operationId()).isEqualTo("a440f2ff-cb08-416a-99e1-67a04eee88f6");
    assertThat(op.state()).isEqualTo(InboundMapper.OperationState.SUCCESS);
    assertThat(op.problems()).containsExactly("WARNING DimensionMismatch: The dimension does not match what is expected.");
  }

  @Test
  void mapsThePlanReadBack() {
    InboundPlan plan = InboundMapper.plan(
        Fixtures.read("inbound-2024-03-20-getInboundPlan-200-sandbox-1.json", "getInboundPlan", InboundWire.InboundPlan.class),
        new WireContext("getInboundPlan", 200));
    assertThat(plan).isEqualTo(new InboundPlan(
        "wf1234abcd-1234-abcd-5678-1234abcd5678", "FBA (03/20/2024, 12:01 PM)", "ACTIVE", List.of()));
  }

  @Test
  void mapsThePlanListWithItsNextToken() {
    PlatformPage<InboundPlan> page = InboundMapper.page(
        Fixtures.read("inbound-2024-03-20-listInboundPlans-200-sandbox.json", "listInboundPlans", ListInboundPlansResponse.class),
        new WireContext("listInboundPlans", 200));
    assertThat(page.next()).isEqualTo("nextPaginationToken");
    assertThat(page.items()).extracting(InboundPlan::planId)
        .containsExactly("wf1234abcd-1234-abcd-5678-1234abcd5678", "wf2234abcd-1234-abcd-5678-1234abcd5678");
  }

  @Test
  void keepsShipmentIdsAndUnknownStatuses() {
    // built from the InboundPlan / ShipmentSummary schemas of
    // models/fulfillment-inbound-api-model/fulfillmentInbound_2024-03-20.json
    String json = """
        {"inboundPlanId": "wf1", "name": "n", "status": "SOMETHING_NEW",
         "shipments": [{"shipmentId": "sh1", "status": "WORKING"}, {"shipmentId": "sh2", "status": "READY_TO_SHIP"}]}
        """;
    InboundPlan plan = InboundMapper.plan(
        AmazonJson.read("getInboundPlan", 200, json, InboundWire.InboundPlan.class), new WireContext("getInboundPlan", 200));
    assertThat(plan.status()).isEqualTo("SOMETHING_NEW");
    assertThat(plan.shipmentIds()).containsExactly("sh1", "sh2");
  }

  @Test
  void readsTheBadRequestBody() {
    assertThat(SpApiErrors.read(Fixtures.bytes("inbound-2024-03-20-createInboundPlan-400-sandbox-1.json"), 400))
        .isEqualTo(new SpApiErrors.PlatformError("BadRequest", "Invalid destinationMarketplace provided."));
  }
}
