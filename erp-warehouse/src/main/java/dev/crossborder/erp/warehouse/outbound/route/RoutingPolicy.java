package dev.crossborder.erp.warehouse.outbound.route;

/** What {@link PickRouter#route(java.util.List, RoutingPolicy)} should compute. */
public enum RoutingPolicy {
  /**
   * The shortest route the router can prove, else its best heuristic: Ratliff–Rosenthal on a
   * single block, Held–Karp for up to {@link PickRouter#EXACT_PICK_LIMIT} picks, local search
   * otherwise.
   */
  SHORTEST,
  /** The S-shape heuristic, as walked (for comparison and for sites that require it). */
  S_SHAPE,
  /** The largest-gap heuristic, as walked. */
  LARGEST_GAP,
  /** The combined heuristic, as walked. */
  COMBINED
}
