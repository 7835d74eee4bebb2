package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.platform.InboundPlan;
import dev.crossborder.erp.platform.InboundPlanRequest;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.AddressInput;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.CreateInboundPlanRequest;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.CreateInboundPlanResponse;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.InboundOperationStatus;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.ItemInput;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.ListInboundPlansResponse;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.OperationProblem;
import dev.crossborder.erp.platforms.amazon.internal.InboundWire.ShipmentSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Maps Fulfillment Inbound 2024-03-20 payloads to and from domain types: an {@link
 * InboundPlanRequest} to the {@code createInboundPlan} body, the created plan's ids, the operation
 * status to poll, and an inbound plan to {@link InboundPlan} (its status kept as Amazon's text,
 * its shipment ids from {@code shipments}). Stateless.
 */
public final class InboundMapper {
  private InboundMapper() {}

  /**
   * The {@code createInboundPlan} body for {@code request}, destined for {@code marketplaceId}.
   * Amazon requires a phone number on the ship-from address, which {@link Address} does not carry:
   * the connector passes the shop's.
   */
  public static CreateInboundPlanRequest createRequest(
      InboundPlanRequest request, String marketplaceId, String phoneNumber, @Nullable String companyName) {
    Address a = request.sourceAddress();
    AddressInput source =
        new AddressInput(
            a.line1(), a.line2(), a.city(), companyName, a.country(), null, a.name(), phoneNumber, a.postalCode(),
            a.region());
    List<ItemInput> items = new ArrayList<>(request.items().size());
    for (InboundPlanRequest.Item item : request.items()) {
      items.add(
          new ItemInput(
              item.labelOwner().toUpperCase(Locale.ROOT),
              item.sellerSku(),
              item.prepOwner().toUpperCase(Locale.ROOT),
              item.quantity().value()));
    }
    return new CreateInboundPlanRequest(List.of(marketplaceId), items, request.name(), source);
  }

  /**
   * What {@code createInboundPlan} answered.
   *
   * @param inboundPlanId the new plan's id
   * @param operationId the operation to poll
   */
  public record Created(String inboundPlanId, String operationId) {}

  /** Reads the {@code createInboundPlan} answer; both ids are required. */
  public static Created created(CreateInboundPlanResponse response, WireContext ctx) {
    return new Created(
        ctx.text(response.inboundPlanId(), "inboundPlanId"), ctx.text(response.operationId(), "operationId"));
  }

  /** Where an asynchronous inbound operation stands. */
  public enum OperationState {
    /** Still running: poll again. */
    IN_PROGRESS,
    /** Done. */
    SUCCESS,
    /** Failed; see the problems. */
    FAILED,
    /** A value this SDK does not know: poll again, bounded by the caller. */
    OTHER
  }

  /**
   * An inbound operation's status.
   *
   * @param operationId its id
   * @param state where it stands
   * @param problems Amazon's problems as {@code severity code: message}, possibly none
   */
  public record Operation(String operationId, OperationState state, List<String> problems) {
    /** Copies. */
    public Operation {
      problems = List.copyOf(problems);
    }
  }

  /** Reads a {@code getInboundOperationStatus} answer. */
  public static Operation operation(InboundOperationStatus status, WireContext ctx) {
    String id = ctx.text(status.operationId(), "operationId");
    String text = ctx.text(status.operationStatus(), "operationStatus").toUpperCase(Locale.ROOT);
    OperationState state =
        switch (text) {
          case "IN_PROGRESS" -> OperationState.IN_PROGRESS;
          case "SUCCESS" -> OperationState.SUCCESS;
          case "FAILED" -> OperationState.FAILED;
          default -> OperationState.OTHER;
        };
    List<String> problems = new ArrayList<>();
    if (status.operationProblems() != null) {
      for (OperationProblem p : status.operationProblems()) {
        if (p != null) {
          problems.add(
              SpApiErrors.shorten(
                  (p.severity() == null ? "" : p.severity() + " ") + p.code() + ": " + p.message(),
                  SpApiErrors.MAX_MESSAGE));
        }
      }
    }
    return new Operation(id, state, problems);
  }

  /** Maps a {@code getInboundPlan} answer. */
  public static InboundPlan plan(InboundWire.InboundPlan plan, WireContext ctx) {
    return plan(plan, "", ctx);
  }

  /** Maps a {@code listInboundPlans} page; the cursor is Amazon's {@code nextToken}. */
  public static PlatformPage<InboundPlan> page(ListInboundPlansResponse response, WireContext ctx) {
    List<InboundWire.InboundPlan> plans = response.inboundPlans() == null ? List.of() : response.inboundPlans();
    List<InboundPlan> out = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      String path = "inboundPlans[" + i + "]";
      out.add(plan(ctx.require(plans.get(i), path), path + ".", ctx));
    }
    String next = response.pagination() == null ? null : response.pagination().nextToken();
    return new PlatformPage<>(out, next);
  }

  private static InboundPlan plan(InboundWire.InboundPlan plan, String prefix, WireContext ctx) {
    String id = ctx.text(plan.inboundPlanId(), prefix + "inboundPlanId");
    String name = ctx.text(plan.name(), prefix + "name");
    String status = ctx.text(plan.status(), prefix + "status");
    List<String> shipmentIds = new ArrayList<>();
    if (plan.shipments() != null) {
      for (ShipmentSummary s : plan.shipments()) {
        if (s != null && s.shipmentId() != null && !s.shipmentId().isBlank()) {
          shipmentIds.add(s.shipmentId().strip());
        }
      }
    }
    try {
      return new InboundPlan(id, name, status, shipmentIds);
    } catch (InvalidInputException e) {
      throw ctx.invalid(prefix + e.field(), "is not valid", e);
    }
  }
}
