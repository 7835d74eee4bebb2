package dev.crossborder.erp.purchasing;

import static dev.crossborder.erp.purchasing.Demand.num;

import java.util.ArrayList;
import java.util.List;

/**
 * The planner's result for one SKU at one lane, with every term of its formula. Immutable.
 *
 * <pre>
 * horizon  = lead + QC + transit + review                       (days)
 * target   = velocity × horizon + safety
 * position = on hand − reserved + open purchase + in transit
 * need     = ⌈target − position⌉, at least 0
 * need     = transfer (from the domestic surplus) + purchase
 * </pre>
 *
 * @param lane the lane
 * @param demand the forecast of its sales
 * @param leadDays the offer's lead time
 * @param qcDays QC days
 * @param transitDays transit days from the domestic warehouse
 * @param reviewDays the review cycle
 * @param safetyStock the safety rule applied
 * @param cycleUnits velocity × horizon
 * @param safetyUnits the safety stock in units
 * @param stock the stock position
 * @param need units short of the target, at least 0
 * @param transfer units to ship from the domestic warehouse's surplus (0 for the domestic lane)
 * @param purchase units of the need left to buy, before the SKU's MOQ and case-pack rounding
 */
public record LaneSuggestion(
    Lane lane,
    Demand demand,
    int leadDays,
    int qcDays,
    int transitDays,
    int reviewDays,
    SafetyStock safetyStock,
    double cycleUnits,
    double safetyUnits,
    StockPosition stock,
    long need,
    long transfer,
    long purchase) {

  /** lead + QC + transit + review, in days. */
  public int horizonDays() {
    return leadDays + qcDays + transitDays + reviewDays;
  }

  /** cycle + safety units. */
  public double target() {
    return cycleUnits + safetyUnits;
  }

  /** The formula with this lane's numbers, one phrase per term. */
  public List<String> explanation() {
    List<String> out = new ArrayList<>(demand.explanation());
    out.add("horizon = lead " + leadDays + " + QC " + qcDays + " + transit " + transitDays
        + " + review " + reviewDays + " = " + horizonDays() + " days");
    out.add("cycle stock = " + num(demand.velocity()) + " × " + horizonDays() + " = " + num(cycleUnits));
    if (safetyStock instanceof SafetyStock.DaysOfCover cover) {
      out.add("safety stock = " + num(demand.velocity()) + " × " + num(cover.days()) + " days of cover = "
          + num(safetyUnits));
    } else if (safetyStock instanceof SafetyStock.ServiceLevel level) {
      out.add("safety stock = z " + num(level.z()) + " × σ " + num(demand.deviation()) + " × √"
          + horizonDays() + " = " + num(safetyUnits));
    }
    out.add("target = " + num(cycleUnits) + " + " + num(safetyUnits) + " = " + num(target()));
    out.add("position = on hand " + stock.onHand() + " − reserved " + stock.reserved() + " + open purchase "
        + stock.openPurchase() + " + in transit " + stock.inTransit() + " = " + stock.total());
    out.add("need = ⌈" + num(target()) + " − " + stock.total() + "⌉ = " + need);
    if (!lane.domestic()) {
      out.add("transfer " + transfer + " from domestic surplus, purchase " + purchase);
    } else {
      out.add("purchase " + purchase);
    }
    return out;
  }
}
