package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;
import java.util.Optional;

/**
 * Creates and reads a platform's inbound plans (Amazon Fulfillment Inbound). Creating a plan is
 * not idempotent on the platform's side: implementations look for a plan with the request's name
 * before creating one again after an uncertain failure.
 */
public interface InboundPlans extends Capability {

  /**
   * Creates the plan, waiting for the platform's asynchronous operation to finish, and returns it
   * as the platform holds it.
   *
   * @throws ConnectorException if the platform refuses or the call fails after retries
   */
  InboundPlan create(Shop shop, InboundPlanRequest request);

  /** The plan with {@code planId}, if the platform has it. */
  Optional<InboundPlan> find(Shop shop, String planId);

  /**
   * The plan named {@code name}, if the platform has one: how a caller (and {@link #create}
   * itself) finds a plan whose creation may have succeeded before an error.
   */
  Optional<InboundPlan> findByName(Shop shop, String name);
}
