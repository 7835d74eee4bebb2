package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.List;

/**
 * An inbound plan as the platform holds it.
 *
 * @param planId the platform's plan id
 * @param name the seller's name for it
 * @param status the platform's status text (kept as given: platforms add values)
 * @param shipmentIds the platform's shipment ids once placement is confirmed, possibly none
 */
public record InboundPlan(String planId, String name, String status, List<String> shipmentIds) {

  /** Validates and copies. */
  public InboundPlan {
    planId = Checks.text("planId", planId, 100);
    name = Checks.text("name", name, 200);
    status = Checks.text("status", status, 100);
    shipmentIds = List.copyOf(shipmentIds);
  }
}
