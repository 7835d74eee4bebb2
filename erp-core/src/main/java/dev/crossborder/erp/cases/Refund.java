package dev.crossborder.erp.cases;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.OrderId;
import java.time.Instant;

/**
 * A refund recorded against an order: what order profit subtracts from revenue (and adds back as
 * restocking income through {@link #restockingFee()}). Read by order with {@code
 * erp.cases().returns().refunds(orderId)}. Immutable.
 *
 * @param returnId the return it settles
 * @param orderId the order it is charged to
 * @param kind how it was computed
 * @param gross the returned units' full value (price + tax + shipping of the returned units)
 * @param restockingFee the fee kept by the seller (zero unless {@code RESTOCKING_FEE})
 * @param amount what the buyer gets back, in the order's currency
 * @param at when it was recorded
 */
public record Refund(
    ReturnId returnId, OrderId orderId, RefundKind kind, Money gross, Money restockingFee, Money amount, Instant at) {

  /** Validates every field: one currency, {@code 0 < amount <= gross}. */
  public Refund {
    Checks.present("returnId", returnId);
    Checks.present("orderId", orderId);
    Checks.present("kind", kind);
    Checks.present("gross", gross);
    Checks.present("restockingFee", restockingFee);
    Checks.present("amount", amount);
    Checks.present("at", at);
    if (!amount.isPositive() || amount.isGreaterThan(gross)) {
      throw new InvalidInputException("amount", amount, "must be positive and at most the returned value " + gross);
    }
    if (!restockingFee.currency().equals(gross.currency()) || !amount.currency().equals(gross.currency())) {
      throw new dev.crossborder.erp.money.CurrencyMismatchException(gross.currency(), amount.currency());
    }
  }
}
