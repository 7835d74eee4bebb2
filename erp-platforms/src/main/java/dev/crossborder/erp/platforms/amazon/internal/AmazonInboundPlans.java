package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.InboundPlan;
import dev.crossborder.erp.platform.InboundPlanRequest;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.shop.Shop;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link InboundPlans} on Fulfillment Inbound 2024-03-20.
 *
 * <p>{@code create} first looks for a plan of the request's name ({@code findByName}) and returns
 * it if there is one; otherwise it sends {@code createInboundPlan} once (not idempotent: after a
 * 5xx or no answer it looks the name up again and returns the plan if Amazon made it, else throws
 * the original error), then polls {@code getInboundOperationStatus} through the connector's
 * sleeper (1 s, doubling to 10 s, at most {@value #MAX_POLLS} polls) and reads the plan back with
 * {@code getInboundPlan}. A {@code FAILED} operation is a {@link PlatformRequestException} with
 * code {@code OperationFailed} and Amazon's first problem; an operation still running after the
 * polls is a {@link PlatformUnavailableException} (a later {@code create} of the same name finds
 * the plan). Amazon wants a phone number on the ship-from address, which {@code Address} does not
 * carry: it is read from the shop's credentials as {@code ship_from_phone} (with an optional
 * {@code ship_from_company}).
 *
 * <p>{@code findByName} pages {@code listInboundPlans} (30 a page, newest first, at most {@value
 * #MAX_NAME_PAGES} pages) for a plan of exactly that name, then reads it with {@code
 * getInboundPlan}; {@code find} is {@code getInboundPlan}, a 404 being empty.
 */
final class AmazonInboundPlans implements InboundPlans {
  static final int MAX_POLLS = 30;
  static final int MAX_NAME_PAGES = 20;
  private static final Duration FIRST_POLL = Duration.ofSeconds(1);
  private static final Duration LONGEST_POLL = Duration.ofSeconds(10);

  private final SpApi api;

  AmazonInboundPlans(SpApi api) {
    this.api = api;
  }

  @Override
  public InboundPlan create(Shop shop, InboundPlanRequest request) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(request, "request == null");
    Optional<InboundPlan> existing = findByName(shop, request.name());
    if (existing.isPresent()) {
      return existing.get();
    }
    String phone = api.setting(shop, "ship_from_phone")
        .orElseThrow(() -> new ConfigurationException("credentials lack ship_from_phone"));
    var body = InboundMapper.createRequest(
        request, marketplace.id(), phone, api.setting(shop, "ship_from_company").orElse(null));
    InboundMapper.Created created;
    try {
      var response = api.call(api.apis(marketplace).inbound().createInboundPlan(body, SpApi.write(shop, "createInboundPlan")));
      created = InboundMapper.created(response, new WireContext("createInboundPlan", 202));
    } catch (PlatformUnavailableException e) {
      Optional<InboundPlan> made;
      try {
        made = findByName(shop, request.name());
      } catch (RuntimeException readBackFailure) {
        e.addSuppressed(readBackFailure);
        throw e;
      }
      return made.orElseThrow(() -> e);
    }
    await(shop, marketplace, created.operationId());
    return find(shop, created.inboundPlanId())
        .orElseThrow(() -> new PlatformUnavailableException(
            SpApi.AMAZON, "getInboundPlan", "created plan not readable yet", 404, null));
  }

  @Override
  public Optional<InboundPlan> find(Shop shop, String planId) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(planId, "planId == null");
    if (planId.isBlank()) {
      throw new InvalidInputException("planId", planId, "must not be blank");
    }
    String operation = "getInboundPlan";
    try {
      var plan = api.call(api.apis(marketplace).inbound().getInboundPlan(planId, SpApi.read(shop, operation)));
      return Optional.of(InboundMapper.plan(plan, new WireContext(operation, 200)));
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 404)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<InboundPlan> findByName(Shop shop, String name) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(name, "name == null");
    String operation = "listInboundPlans";
    String token = null;
    for (int page = 0; page < MAX_NAME_PAGES; page++) {
      var response = api.call(api.apis(marketplace).inbound().listInboundPlans(
          30, token, null, "CREATION_TIME", "DESC", SpApi.read(shop, operation)));
      PlatformPage<InboundPlan> plans = InboundMapper.page(response, new WireContext(operation, 200));
      for (InboundPlan plan : plans.items()) {
        if (plan.name().equals(name.strip())) {
          return Optional.of(find(shop, plan.planId()).orElse(plan));
        }
      }
      token = plans.next();
      if (token == null) {
        break;
      }
    }
    return Optional.empty();
  }

  private void await(Shop shop, Marketplaces.Marketplace marketplace, String operationId) {
    String operation = "getInboundOperationStatus";
    Duration wait = FIRST_POLL;
    for (int poll = 1; poll <= MAX_POLLS; poll++) {
      var status = api.call(api.apis(marketplace).inbound().getInboundOperationStatus(
          operationId, SpApi.read(shop, operation)));
      InboundMapper.Operation state = InboundMapper.operation(status, new WireContext(operation, 200));
      switch (state.state()) {
        case SUCCESS:
          return;
        case FAILED:
          String problem = state.problems().isEmpty() ? "the operation failed" : state.problems().get(0);
          throw new PlatformRequestException(SpApi.AMAZON, "createInboundPlan", "OperationFailed", problem, 200, null);
        default:
          break;
      }
      if (poll == MAX_POLLS) {
        break;
      }
      try {
        api.sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PlatformUnavailableException(SpApi.AMAZON, operation, "interrupted", 0, null);
      }
      wait = wait.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : wait.multipliedBy(2);
    }
    throw new PlatformUnavailableException(
        SpApi.AMAZON, operation, "inbound operation still in progress after " + MAX_POLLS + " polls", 200, null);
  }
}
