package dev.crossborder.erp.purchasing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes explainable replenishment suggestions. Stateless apart from its forecast and policy;
 * thread-safe. Per SKU:
 *
 * <ol>
 *   <li>Per lane: horizon = lead + QC + transit + review; target = velocity × horizon + safety
 *       (days of cover: velocity × days; service level: z × σ × √horizon); position = on hand −
 *       reserved + open purchase + in transit; need = ⌈target − position⌉, at least 0.
 *   <li>The domestic surplus = min(domestic available, ⌊domestic position − domestic target⌋), at
 *       least 0: units the domestic warehouse holds now beyond its own target.
 *   <li>Forward lanes, in the item's order, take their need from the surplus as a transfer while it
 *       lasts; the rest of their need, and the domestic lane's own need, is purchase.
 *   <li>The SKU's purchase need (the sum) is raised to the offer's MOQ and rounded up to whole
 *       cases; zero stays zero.
 * </ol>
 */
public final class PurchasePlanner {
  private static final double EPSILON = 1e-9;

  private final DemandForecast forecast;
  private final PlanningPolicy policy;

  /** A planner that forecasts with {@code forecast} and takes parameters from {@code policy}. */
  public PurchasePlanner(DemandForecast forecast, PlanningPolicy policy) {
    this.forecast = requireNonNull(forecast, "forecast == null");
    this.policy = requireNonNull(policy, "policy == null");
  }

  /** Plans every item, in order. */
  public PurchasePlan plan(List<PlanningItem> items) {
    requireNonNull(items, "items == null");
    List<SkuSuggestion> out = new ArrayList<>(items.size());
    for (PlanningItem item : items) {
      out.add(plan(item));
    }
    return new PurchasePlan(out);
  }

  /** Plans one SKU. */
  public SkuSuggestion plan(PlanningItem item) {
    requireNonNull(item, "item == null");
    PlanningPolicy.Resolved resolved = policy.resolve(item.sku(), item.category());
    PlanningParameters p = resolved.parameters();
    SupplierOffer offer = item.offer();
    int n = item.lanes().size();
    Demand[] demands = new Demand[n];
    double[] cycle = new double[n];
    double[] safety = new double[n];
    long[] need = new long[n];
    long surplus = 0;
    for (int i = 0; i < n; i++) {
      PlanningItem.LaneInput in = item.lanes().get(i);
      Demand d = requireNonNull(forecast.forecast(in.sales()), "forecast returned null");
      int horizon = offer.leadTimeDays() + p.qcDays() + in.lane().transitDays() + p.reviewDays();
      demands[i] = d;
      cycle[i] = d.velocity() * horizon;
      safety[i] = safetyUnits(p.safety(), d, horizon);
      double gap = cycle[i] + safety[i] - in.stock().total();
      need[i] = gap <= EPSILON ? 0 : (long) Math.ceil(gap - EPSILON);
      if (in.lane().domestic()) {
        long excess = (long) Math.floor(-gap + EPSILON);
        surplus = Math.max(0, Math.min(in.stock().available(), excess));
      }
    }
    List<LaneSuggestion> lanes = new ArrayList<>(n);
    long left = surplus;
    long purchaseNeed = 0;
    for (int i = 0; i < n; i++) {
      PlanningItem.LaneInput in = item.lanes().get(i);
      long transfer = in.lane().domestic() ? 0 : Math.min(need[i], left);
      left -= transfer;
      long purchase = need[i] - transfer;
      purchaseNeed += purchase;
      lanes.add(
          new LaneSuggestion(
              in.lane(),
              demands[i],
              offer.leadTimeDays(),
              p.qcDays(),
              in.lane().transitDays(),
              p.reviewDays(),
              p.safety(),
              cycle[i],
              safety[i],
              in.stock(),
              need[i],
              transfer,
              purchase));
    }
    return new SkuSuggestion(
        item.sku(), offer, resolved.source(), lanes, surplus, purchaseNeed, offer.orderable(purchaseNeed));
  }

  private static double safetyUnits(SafetyStock rule, Demand d, int horizon) {
    if (rule instanceof SafetyStock.DaysOfCover cover) {
      return d.velocity() * cover.days();
    }
    SafetyStock.ServiceLevel level = (SafetyStock.ServiceLevel) rule;
    return level.z() * d.deviation() * Math.sqrt(horizon);
  }
}
