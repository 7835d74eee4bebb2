package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.order.OrderId;
import java.util.List;

/**
 * The plan a decision results in. Nothing of it is applied by the rules themselves.
 *
 * @param outcome the outcome in one word
 * @param holds hold reasons (blacklist reasons start with {@code blacklist: })
 * @param shipments the shipments, one per warehouse
 * @param backordered lines waiting for stock
 * @param mergeWith open orders of the same buyer and address this order could be merged with
 */
public record Plan(
    Outcome outcome,
    List<String> holds,
    List<PlannedShipment> shipments,
    List<PlanLine> backordered,
    List<OrderId> mergeWith) {
  /** Copies the lists. */
  public Plan {
    holds = List.copyOf(holds);
    shipments = List.copyOf(shipments);
    backordered = List.copyOf(backordered);
    mergeWith = List.copyOf(mergeWith);
  }

  /** Whether an audit rule blacklisted the order. */
  public boolean blacklisted() {
    return holds.stream().anyMatch(h -> h.startsWith(BLACKLIST_PREFIX));
  }

  /** The prefix of a blacklist hold reason. */
  public static final String BLACKLIST_PREFIX = "blacklist: ";

  @Override
  public String toString() {
    return outcome + (holds.isEmpty() ? "" : " holds=" + holds) + (shipments.isEmpty() ? "" : " shipments=" + shipments)
        + (backordered.isEmpty() ? "" : " backordered=" + backordered)
        + (mergeWith.isEmpty() ? "" : " mergeWith=" + mergeWith);
  }
}
