/**
 * Pick routing: the walking order of a pick list on a parallel-aisle layout, and batch (cluster)
 * picking of several orders into totes in one walk.
 *
 * <p>{@link dev.crossborder.erp.warehouse.outbound.route.RoutingLayout} is the minimal geometry
 * routing needs (aisle x positions, cross-aisle depths, the depot);
 * {@link dev.crossborder.erp.warehouse.outbound.route.PickRouter} returns a
 * {@link dev.crossborder.erp.warehouse.outbound.route.PickRoute} with its length: exactly optimal
 * on every single-block layout (Ratliff–Rosenthal dynamic programme) and for up to 12 picks on
 * any layout (Held–Karp), a local-search-improved heuristic otherwise;
 * {@link dev.crossborder.erp.warehouse.outbound.route.PickBatcher} groups small orders by route
 * savings into batches with a per-tote put list. See {@code docs/pick-routing.md}.
 *
 * <p>All types here are immutable and thread-safe.
 */
@NullMarked
package dev.crossborder.erp.warehouse.outbound.route;

import org.jspecify.annotations.NullMarked;
