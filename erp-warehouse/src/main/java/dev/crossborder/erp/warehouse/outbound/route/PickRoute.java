package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A routed pick list: the order in which to visit the picks, starting and ending at the depot,
 * and the walking length of that route.
 *
 * <p>For {@link RouteMethod#RATLIFF_ROSENTHAL}, {@link RouteMethod#HELD_KARP} and {@link
 * RouteMethod#LOCAL_SEARCH} the length is the sum of shortest walking distances between
 * consecutive stops ({@link RoutingLayout#distance}); for the classic heuristics it is the length
 * of the walk as the heuristic prescribes it (which can be longer than walking its visiting order
 * by shortest paths).
 *
 * @param visitOrder indices into the routed pick list, in walking order; each index once
 * @param length the walking length, in the layout's unit
 * @param method how the route was found
 */
public record PickRoute(List<Integer> visitOrder, double length, RouteMethod method) {
  /** Validates and copies. */
  public PickRoute {
    visitOrder = List.copyOf(visitOrder);
    requireNonNull(method, "method == null");
    if (!Double.isFinite(length) || length < 0) {
      throw new InvalidInputException("length", length, "must be a finite number of 0 or more");
    }
  }

  /** Whether this route is proven shortest. */
  public boolean isExact() {
    return method.isExact();
  }

  /**
   * The given items (parallel to the routed pick list) in walking order.
   *
   * @throws InvalidInputException when {@code items} is not as long as the routed pick list
   */
  public <T> List<T> arrange(List<T> items) {
    if (items.size() != visitOrder.size()) {
      throw new InvalidInputException("items.size", items.size(), "must equal the routed picks " + visitOrder.size());
    }
    List<T> arranged = new ArrayList<>(items.size());
    for (int index : visitOrder) {
      arranged.add(items.get(index));
    }
    return List.copyOf(arranged);
  }
}
