package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Orders picked together in one walk: the route, the stops in walking order with their tote, and
 * the per-tote put lists.
 *
 * @param route the walk through every line of the batch ({@link PickRoute#visitOrder()} indexes
 *     the batch's lines taken order by order, in the order the orders were given to the batcher,
 *     each order's lines as given)
 * @param picks every line of the batch, in walking order, with its tote
 * @param totes the put list of each tote, by tote number
 */
public record PickBatch(PickRoute route, List<BatchPick> picks, List<TotePut> totes) {
  /** Validates and copies. */
  public PickBatch {
    requireNonNull(route, "route == null");
    picks = List.copyOf(picks);
    totes = List.copyOf(totes);
  }

  /** The walking length of the batch's route. */
  public double length() {
    return route.length();
  }
}
