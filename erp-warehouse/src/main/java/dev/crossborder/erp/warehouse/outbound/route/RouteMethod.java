package dev.crossborder.erp.warehouse.outbound.route;

/** How a {@link PickRoute} was found; the first two are exactly optimal. */
public enum RouteMethod {
  /** Ratliff–Rosenthal dynamic programme: optimal on a single-block layout, any number of picks. */
  RATLIFF_ROSENTHAL(true),
  /** Held–Karp travelling-salesman programme over the picks: optimal on any layout. */
  HELD_KARP(true),
  /** The best of the heuristics' orders improved by 2-opt and or-opt moves: not proven optimal. */
  LOCAL_SEARCH(false),
  /** S-shape (traversal) heuristic. */
  S_SHAPE(false),
  /** Largest-gap heuristic. */
  LARGEST_GAP(false),
  /** Combined heuristic: per aisle, traverse or return, chosen by a small dynamic programme. */
  COMBINED(false);

  private final boolean exact;

  RouteMethod(boolean exact) {
    this.exact = exact;
  }

  /** Whether routes of this method are proven shortest. */
  public boolean isExact() {
    return exact;
  }
}
