package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner's result for one SKU: its lanes, the domestic surplus it could transfer, and the
 * purchase quantity rounded to the offer's MOQ and case pack. Immutable.
 *
 * @param sku the SKU
 * @param offer the offer the purchase uses
 * @param parametersSource where the parameters came from ({@code "sku X"}, {@code "category Y"},
 *     {@code "global"})
 * @param lanes one suggestion per lane, in the item's order
 * @param surplus domestic units available beyond the domestic target, offered to forward lanes
 * @param purchaseNeed the sum of the lanes' purchase units, before rounding
 * @param purchaseQuantity units to buy: the need raised to the MOQ, then to whole cases (0 if no
 *     need)
 */
public record SkuSuggestion(
    SkuCode sku,
    SupplierOffer offer,
    String parametersSource,
    List<LaneSuggestion> lanes,
    long surplus,
    long purchaseNeed,
    long purchaseQuantity) {

  /** Copies the lanes. */
  public SkuSuggestion {
    lanes = List.copyOf(lanes);
  }

  /** The domestic warehouse, where the purchase arrives. */
  public WarehouseId purchaseWarehouse() {
    return lanes.stream().filter(l -> l.lane().domestic()).findFirst().orElseThrow().lane().warehouse();
  }

  /** Units to transfer from the domestic warehouse, summed over the forward lanes. */
  public long transferQuantity() {
    return lanes.stream().mapToLong(LaneSuggestion::transfer).sum();
  }

  /** The SKU-level steps: parameters, surplus, and the roundings applied to the purchase. */
  public List<String> explanation() {
    List<String> out = new ArrayList<>();
    out.add("parameters: " + parametersSource + "; offer of supplier " + offer.supplier());
    out.add("domestic surplus for transfers = " + surplus);
    StringBuilder sum = new StringBuilder();
    for (LaneSuggestion lane : lanes) {
      sum.append(sum.length() == 0 ? "" : " + ").append(lane.purchase());
    }
    out.add("purchase need = " + sum + " = " + purchaseNeed);
    if (purchaseNeed > 0) {
      long q = purchaseNeed;
      if (q < offer.moq()) {
        out.add("raised " + q + " to the MOQ " + offer.moq());
        q = offer.moq();
      }
      if (q % offer.casePack() != 0) {
        long cases = (q + offer.casePack() - 1) / offer.casePack();
        out.add("rounded " + q + " up to " + cases + " cases of " + offer.casePack() + " = " + purchaseQuantity);
      }
    }
    out.add("purchase quantity = " + purchaseQuantity);
    return out;
  }
}
