package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * One entry of a purchase order's audit trail. Immutable.
 *
 * @param at when it happened
 * @param action what happened: {@code created}, {@code line_added}, {@code line_changed}, {@code
 *     approved}, {@code ordered}, {@code received}, {@code closed}, {@code cancelled}
 * @param detail the numbers and the reason, for people
 */
public record PurchaseOrderChange(Instant at, String action, String detail) {

  /** Validates every field. */
  public PurchaseOrderChange {
    Checks.present("at", at);
    Checks.token("action", action, 40);
    detail = Checks.text("detail", detail, 1000);
  }
}
