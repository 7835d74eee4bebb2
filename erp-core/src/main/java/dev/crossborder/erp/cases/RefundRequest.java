package dev.crossborder.erp.cases;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The refund to record for a return: {@link #full()}, {@link #partial(Money)} or {@link
 * #lessRestockingFee(Money)}. Immutable.
 *
 * @param kind how the amount is computed
 * @param amount the amount of a {@code PARTIAL} refund, else {@code null}
 * @param restockingFee the fee of a {@code RESTOCKING_FEE} refund, else {@code null}
 */
public record RefundRequest(RefundKind kind, @Nullable Money amount, @Nullable Money restockingFee) {

  /** Validates that each kind has exactly its amount, and that amounts are positive. */
  public RefundRequest {
    Checks.present("kind", kind);
    if ((kind == RefundKind.PARTIAL) != (amount != null)) {
      throw new InvalidInputException("amount", amount, "is required for, and only for, a PARTIAL refund");
    }
    if ((kind == RefundKind.RESTOCKING_FEE) != (restockingFee != null)) {
      throw new InvalidInputException("restockingFee", restockingFee, "is required for, and only for, a RESTOCKING_FEE refund");
    }
    if (amount != null && !amount.isPositive()) {
      throw new InvalidInputException("amount", amount, "must be positive");
    }
    if (restockingFee != null && restockingFee.isNegative()) {
      throw new InvalidInputException("restockingFee", restockingFee, "must not be negative");
    }
  }

  /** The returned units' full value. */
  public static RefundRequest full() {
    return new RefundRequest(RefundKind.FULL, null, null);
  }

  /** A partial refund of {@code amount}, at most the returned units' full value. */
  public static RefundRequest partial(Money amount) {
    return new RefundRequest(RefundKind.PARTIAL, Checks.present("amount", amount), null);
  }

  /** The full value less {@code fee}, which must not exceed it. */
  public static RefundRequest lessRestockingFee(Money fee) {
    return new RefundRequest(RefundKind.RESTOCKING_FEE, null, Checks.present("restockingFee", fee));
  }
}
