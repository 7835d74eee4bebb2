package dev.crossborder.erp.kernel;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A positive count of units in a command: an order line, a reservation, a receipt. Stock levels,
 * which may be zero, are plain {@code long}s; a quantity that a command moves is always positive.
 *
 * @param value the number of units, at least 1
 */
public record Quantity(long value) implements Comparable<Quantity> {

  /** Refuses zero and negative values with an {@link InvalidInputException} on "quantity". */
  public Quantity {
    Checks.positive("quantity", value);
  }

  /** Returns the quantity of {@code value} units. */
  public static Quantity of(long value) {
    return new Quantity(value);
  }

  /** Returns this quantity plus {@code other}. */
  public Quantity plus(Quantity other) {
    return new Quantity(Math.addExact(value, other.value));
  }

  @Override
  public int compareTo(Quantity other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
