package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The put list of one tote of a batch: the order it holds and the lines that go into it, in the
 * order they are picked.
 *
 * @param tote the tote number on the cart, from 1
 * @param orderReference the order the tote holds
 * @param lines the order's lines in walking order
 */
public record TotePut(int tote, String orderReference, List<PickLine> lines) {
  /** Validates and copies. */
  public TotePut {
    requireNonNull(orderReference, "orderReference == null");
    lines = List.copyOf(lines);
  }
}
