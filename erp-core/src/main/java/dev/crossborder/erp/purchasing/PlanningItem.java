package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the planner needs about one SKU: its category (for parameters), the offer it would
 * be bought on, and per lane the sales history and the stock position. Immutable.
 *
 * @param sku the SKU
 * @param category the product's category, if any
 * @param offer the offer a purchase would use (MOQ, case pack, lead time)
 * @param lanes the lanes, exactly one of them domestic, each warehouse once
 */
public record PlanningItem(SkuCode sku, @Nullable String category, SupplierOffer offer, List<LaneInput> lanes) {

  /** Validates the lanes. */
  public PlanningItem {
    Checks.present("sku", sku);
    Checks.present("offer", offer);
    if (!offer.sku().equals(sku)) {
      throw new InvalidInputException("offer.sku", offer.sku(), "is not the planned sku " + sku);
    }
    lanes = List.copyOf(Checks.notEmpty("lanes", lanes));
    Set<WarehouseId> seen = new HashSet<>();
    int domestic = 0;
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i).lane();
      if (!seen.add(lane.warehouse())) {
        throw new InvalidInputException("lanes[" + i + "].warehouse", lane.warehouse(), "is listed twice");
      }
      domestic += lane.domestic() ? 1 : 0;
    }
    if (domestic != 1) {
      throw new InvalidInputException("lanes", domestic + " domestic", "must hold exactly one domestic lane");
    }
  }

  /**
   * One lane of a SKU: where, what it sold, what it has.
   *
   * @param lane the lane
   * @param sales its daily sales
   * @param stock its stock position
   */
  public record LaneInput(Lane lane, DailySales sales, StockPosition stock) {
    /** Requires every field. */
    public LaneInput {
      Checks.present("lane", lane);
      Checks.present("sales", sales);
      Checks.present("stock", stock);
    }
  }
}
