package dev.crossborder.erp.finance.internal;

import dev.crossborder.erp.finance.AllocationBasis;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** Splits an amount by an allocation basis without losing a minor unit. Stateless. */
public final class Allocations {
  private Allocations() {}

  /**
   * Splits {@code amount} over {@code weights} (each line's figure for {@code basis}) by the
   * largest remainder, so that the parts add up to {@code amount} exactly.
   *
   * @throws InvalidInputException on {@code basis} if the weights add up to zero, or on {@code
   *     weights} if one is negative
   */
  public static List<Money> split(Money amount, AllocationBasis basis, List<BigDecimal> weights) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      if (w.signum() < 0) {
        throw new InvalidInputException("weights", w, "must not be negative");
      }
      total = total.add(w);
    }
    if (total.signum() == 0) {
      throw new InvalidInputException("basis", basis, "has a zero total over the units");
    }
    return amount.allocate(weights);
  }
}
