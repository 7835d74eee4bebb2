package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * The id of a released {@link Wave}. Immutable.
 *
 * @param value 1 to 64 characters
 */
public record WaveId(String value) {
  /** Validates the value. */
  public WaveId {
    if (value == null || value.isBlank() || value.length() > 64) {
      throw new InvalidInputException("waveId", String.valueOf(value), "must be 1 to 64 characters");
    }
  }

  /** The id {@code value}. */
  public static WaveId of(String value) {
    return new WaveId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
