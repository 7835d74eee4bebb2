package dev.crossborder.erp.money;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Currency;

/**
 * Amounts of two different currencies were combined, compared, or converted with a rate of another
 * base currency. The field is {@code currency} and the value names both currencies, for example
 * {@code currency mismatch: USD vs EUR}. Nothing was computed.
 *
 * <p>Instances are immutable once thrown.
 */
public class CurrencyMismatchException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final Currency expected;
  private final Currency actual;

  /** Creates the error for {@code actual} arriving where {@code expected} was required. */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        ErrorCode.CURRENCY_MISMATCH,
        "currency",
        requireNonNull(expected, "expected == null").getCurrencyCode()
            + " vs "
            + requireNonNull(actual, "actual == null").getCurrencyCode(),
        "mismatch");
    this.expected = expected;
    this.actual = actual;
  }

  /** The currency that was required (the left operand, or a rate's base currency). */
  public Currency expected() {
    return expected;
  }

  /** The currency that was given instead. */
  public Currency actual() {
    return actual;
  }
}
