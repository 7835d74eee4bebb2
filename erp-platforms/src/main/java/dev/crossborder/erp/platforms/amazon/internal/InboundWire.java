package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the Fulfillment Inbound API 2024-03-20
 * ({@code models/fulfillment-inbound-api-model/fulfillmentInbound_2024-03-20.json}) for {@code
 * createInboundPlan}, {@code getInboundOperationStatus}, {@code getInboundPlan} and {@code
 * listInboundPlans}. Names exactly as in the model.
 */
public final class InboundWire {
  private InboundWire() {}

  /**
   * {@code CreateInboundPlanRequest}.
   *
   * @param destinationMarketplaces the marketplace ids the stock is for
   * @param items what is sent
   * @param name the plan's name
   * @param sourceAddress the ship-from address
   */
  public record CreateInboundPlanRequest(
      List<String> destinationMarketplaces, List<ItemInput> items, String name, AddressInput sourceAddress) {}

  /**
   * {@code ItemInput}.
   *
   * @param labelOwner {@code AMAZON}, {@code SELLER} or {@code NONE}
   * @param msku the seller SKU
   * @param prepOwner {@code AMAZON}, {@code SELLER} or {@code NONE}
   * @param quantity units
   */
  public record ItemInput(String labelOwner, String msku, String prepOwner, long quantity) {}

  /**
   * {@code AddressInput}: personal or business data, never logged.
   *
   * @param addressLine1 first line
   * @param addressLine2 second line
   * @param city city
   * @param companyName company
   * @param countryCode ISO 3166-1 alpha-2
   * @param email e-mail
   * @param name contact name
   * @param phoneNumber phone (required by the model)
   * @param postalCode postal code
   * @param stateOrProvinceCode state or province
   */
  public record AddressInput(
      String addressLine1,
      @Nullable String addressLine2,
      String city,
      @Nullable String companyName,
      String countryCode,
      @Nullable String email,
      String name,
      String phoneNumber,
      @Nullable String postalCode,
      @Nullable String stateOrProvinceCode) {
    @Override
    public String toString() {
      return "AddressInput[countryCode=" + countryCode + ", redacted]";
    }
  }

  /**
   * {@code CreateInboundPlanResponse}. Required by the model: both fields.
   *
   * @param inboundPlanId the new plan's id
   * @param operationId the operation to poll with {@code getInboundOperationStatus}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CreateInboundPlanResponse(@Nullable String inboundPlanId, @Nullable String operationId) {}

  /**
   * {@code InboundOperationStatus}.
   *
   * @param operation the operation's name
   * @param operationId its id
   * @param operationProblems problems found
   * @param operationStatus {@code IN_PROGRESS}, {@code SUCCESS}, {@code FAILED}; open set
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InboundOperationStatus(
      @Nullable String operation,
      @Nullable String operationId,
      @Nullable List<OperationProblem> operationProblems,
      @Nullable String operationStatus) {}

  /**
   * {@code OperationProblem}.
   *
   * @param code the problem code
   * @param details more detail
   * @param message the message
   * @param severity {@code WARNING} or {@code ERROR}; open set
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OperationProblem(
      @Nullable String code, @Nullable String details, @Nullable String message, @Nullable String severity) {}

  /**
   * {@code InboundPlan} (and {@code InboundPlanSummary} in lists, which lacks the options and
   * shipments).
   *
   * @param inboundPlanId the plan id
   * @param name the seller's name for it
   * @param status {@code ACTIVE}, {@code VOIDED}, {@code SHIPPED}, {@code ERRORED}; open set
   * @param createdAt when it was created
   * @param lastUpdatedAt when it last changed
   * @param marketplaceIds its marketplaces
   * @param shipments its shipments once placement is confirmed
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InboundPlan(
      @Nullable String inboundPlanId,
      @Nullable String name,
      @Nullable String status,
      @Nullable Instant createdAt,
      @Nullable Instant lastUpdatedAt,
      @Nullable List<String> marketplaceIds,
      @Nullable List<ShipmentSummary> shipments) {}

  /**
   * {@code ShipmentSummary}.
   *
   * @param shipmentId the shipment id
   * @param status its status; open set
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ShipmentSummary(@Nullable String shipmentId, @Nullable String status) {}

  /**
   * {@code ListInboundPlansResponse}.
   *
   * @param inboundPlans the plans of this page
   * @param pagination present when another page follows
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ListInboundPlansResponse(@Nullable List<InboundPlan> inboundPlans, @Nullable Pagination pagination) {}

  /**
   * {@code Pagination}.
   *
   * @param nextToken passed back as {@code paginationToken}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Pagination(@Nullable String nextToken) {}
}
