package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

/**
 * One stop of a batch's walk: pick {@code line} and put it into {@code tote}.
 *
 * @param tote the tote number on the cart, from 1
 * @param orderReference the order the tote holds
 * @param line what to pick, and where
 */
public record BatchPick(int tote, String orderReference, PickLine line) {
  /** Validates. */
  public BatchPick {
    requireNonNull(orderReference, "orderReference == null");
    requireNonNull(line, "line == null");
  }
}
