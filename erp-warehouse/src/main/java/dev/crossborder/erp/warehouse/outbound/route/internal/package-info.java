/**
 * Implementation of pick routing: the Ratliff–Rosenthal programme, Held–Karp, the classic
 * heuristics, local search and the shortest-path distances of the aisle graph. Not API: hosts use
 * {@link dev.crossborder.erp.warehouse.outbound.route.PickRouter} and
 * {@link dev.crossborder.erp.warehouse.outbound.route.PickBatcher}.
 */
@NullMarked
package dev.crossborder.erp.warehouse.outbound.route.internal;

import org.jspecify.annotations.NullMarked;
