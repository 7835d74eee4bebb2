package dev.crossborder.erp.order;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.Shortfall;
import java.util.List;

/**
 * What {@link Routing#raiseShortfalls} did.
 *
 * @param raised the shortfalls added to a supplier's draft, one per SKU, each with the units added
 * @param drafts the draft each shortfall went to, at the same index as {@code raised}
 * @param withoutOffer SKUs short of stock that no supplier offers: nothing was drafted for them
 */
public record ShortfallReport(List<Shortfall> raised, List<PurchaseOrderId> drafts, List<SkuCode> withoutOffer) {

  /** Copies the lists. */
  public ShortfallReport {
    raised = List.copyOf(raised);
    drafts = List.copyOf(drafts);
    withoutOffer = List.copyOf(withoutOffer);
  }
}
