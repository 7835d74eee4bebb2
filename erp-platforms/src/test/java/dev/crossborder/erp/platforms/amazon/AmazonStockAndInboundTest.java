package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.platform.InboundPlan;
import dev.crossborder.erp.platform.InboundPlanRequest;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FBA inventory summaries (no 200 example at the pinned commit: built from {@code
 * fba-inventory-api-model/fbaInventory.json}'s {@code InventorySummary} schema; 500 from the
 * sandbox) and Fulfillment Inbound 2024-03-20 on its sandbox payloads.
 */
class AmazonStockAndInboundTest extends AmazonTestSupport {
  static final String STOCK = "/fba/inventory/v1/summaries";
  static final String PLANS = "/inbound/fba/2024-03-20/inboundPlans";
  static final String PLAN_ID = "wf1234abcd-1234-abcd-5678-1234abcd5678";

  static String summaries(String sku, String next) {
    return "{\"pagination\":" + (next == null ? "{}" : "{\"nextToken\":\"" + next + "\"}")
        + ",\"payload\":{\"granularity\":{\"granularityType\":\"Marketplace\",\"granularityId\":\"ATVPDKIKX0DER\"},"
        + "\"inventorySummaries\":[{\"asin\":\"B0ASIN0001\",\"fnSku\":\"X0FNSKU001\",\"sellerSku\":\"" + sku + "\","
        + "\"condition\":\"NewItem\",\"inventoryDetails\":{\"fulfillableQuantity\":12,\"inboundWorkingQuantity\":1,"
        + "\"inboundShippedQuantity\":2,\"inboundReceivingQuantity\":3,\"reservedQuantity\":{\"totalReservedQuantity\":4},"
        + "\"unfulfillableQuantity\":{\"totalUnfulfillableQuantity\":5}},\"totalQuantity\":27}]}}";
  }

  @Test
  void pagesPlatformStockAcrossTwoPages() {
    server.stubFor(get(urlPathEqualTo(STOCK)).withQueryParam("nextToken", absent())
        .willReturn(json(200, summaries("MUG-1", "seed-2"))));
    server.stubFor(get(urlPathEqualTo(STOCK)).withQueryParam("nextToken", equalTo("seed-2"))
        .willReturn(json(200, summaries("MUG-2", null))));
    PlatformStockSource source = connector.capability(PlatformStockSource.class).orElseThrow();

    PlatformPage<PlatformStock> first = source.stock(shop, null);
    PlatformPage<PlatformStock> second = source.stock(shop, first.next());

    assertThat(first.items()).containsExactly(new PlatformStock("MUG-1", "X0FNSKU001", 12, 6, 4, 5));
    assertThat(second.items()).extracting(PlatformStock::sellerSku).containsExactly("MUG-2");
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void reportsThe500SandboxBodyAsUnavailable() {
    server.stubFor(get(urlPathEqualTo(STOCK)).willReturn(fixture(500, "fba-inventory-v1-getInventorySummaries-500-sandbox.json")));

    assertThatThrownBy(() -> connector.capability(PlatformStockSource.class).orElseThrow().stock(shop, null))
        .isInstanceOf(PlatformUnavailableException.class);
  }

  static InboundPlanRequest request(String name) {
    return new InboundPlanRequest(name, new Address("Dock 3", "1 Industrial Road", null, "Shenzhen", "GD", "518000", "CN"),
        List.of(new InboundPlanRequest.Item("MUG-350-WHT", Quantity.of(24), "SELLER", "SELLER")));
  }

  @Test
  void createsAPlanPollsTheOperationOnTheClockAndReadsItBack() {
    server.stubFor(get(urlPathEqualTo(PLANS)).willReturn(json(200, "{\"inboundPlans\":[]}")));
    server.stubFor(post(urlPathEqualTo(PLANS)).willReturn(fixture(202, "inbound-2024-03-20-createInboundPlan-202-sandbox-1.json")));
    String op = "/inbound/fba/2024-03-20/operations/1234abcd-1234-abcd-5678-1234abcd5678";
    String success = fixture("inbound-2024-03-20-getInboundOperationStatus-200-sandbox.json");
    server.stubFor(get(urlPathEqualTo(op)).inScenario("op").whenScenarioStateIs("Started")
        .willReturn(json(200, success.replace("\"SUCCESS\"", "\"IN_PROGRESS\""))).willSetStateTo("done"));
    server.stubFor(get(urlPathEqualTo(op)).inScenario("op").whenScenarioStateIs("done").willReturn(json(200, success)));
    server.stubFor(get(urlPathEqualTo(PLANS + "/" + PLAN_ID)).willReturn(fixture(200, "inbound-2024-03-20-getInboundPlan-200-sandbox-1.json")));

    InboundPlan plan = connector.capability(InboundPlans.class).orElseThrow().create(shop, request("Spring restock"));

    assertThat(plan.planId()).isEqualTo(PLAN_ID);
    assertThat(sleeper.sleeps()).hasSize(1);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PLANS)))).hasSize(1);
  }

  @Test
  void findsAPlanByNameAndDoesNotCreateItAgain() {
    server.stubFor(get(urlPathEqualTo(PLANS)).willReturn(fixture(200, "inbound-2024-03-20-listInboundPlans-200-sandbox.json")
        .withBody(fixture("inbound-2024-03-20-listInboundPlans-200-sandbox.json").replace("\"nextToken\": \"nextPaginationToken\"", "\"x\": 1"))));
    server.stubFor(get(urlPathEqualTo(PLANS + "/" + PLAN_ID)).willReturn(fixture(200, "inbound-2024-03-20-getInboundPlan-200-sandbox-1.json")));
    server.stubFor(get(urlPathEqualTo(PLANS + "/nope")).willReturn(json(404, "{\"errors\":[{\"code\":\"NotFound\"}]}")));
    InboundPlans plans = connector.capability(InboundPlans.class).orElseThrow();

    assertThat(plans.create(shop, request("FBA (03/08/2023, 01:15 PM)")).planId()).isEqualTo(PLAN_ID);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PLANS)))).isEmpty();
    assertThat(plans.findByName(shop, "No such plan")).isEmpty();
    assertThat(plans.find(shop, "nope")).isEmpty();
  }

  @Test
  void reportsTheCreate400SandboxBodyWithAmazonsCodeAndCreatesNothingElse() {
    server.stubFor(get(urlPathEqualTo(PLANS)).willReturn(json(200, "{\"inboundPlans\":[]}")));
    server.stubFor(post(urlPathEqualTo(PLANS)).willReturn(fixture(400, "inbound-2024-03-20-createInboundPlan-400-sandbox-1.json")));

    assertThatThrownBy(() -> connector.capability(InboundPlans.class).orElseThrow().create(shop, request("Spring restock")))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> {
          assertThat(e.platformCode()).isEqualTo("BadRequest");
          assertThat(e.platformMessage()).isEqualTo("Invalid destinationMarketplace provided.");
        });
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PLANS)))).hasSize(1);
  }

  @Test
  void reportsAMalformedPlanIdAsARefusedRequestNotAsAMissingPlan() {
    server.stubFor(get(urlPathEqualTo(PLANS + "/bad-id")).willReturn(fixture(400, "inbound-2024-03-20-getInboundPlan-400-sandbox.json")));

    assertThatThrownBy(() -> connector.capability(InboundPlans.class).orElseThrow().find(shop, "bad-id"))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformMessage()).isEqualTo("The inboundPlanId is malformed."));
  }
}
