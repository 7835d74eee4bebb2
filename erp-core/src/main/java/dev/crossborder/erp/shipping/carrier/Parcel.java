package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One parcel as a carrier rates and labels it: its gross weight and, where measured, its outer
 * dimensions. Immutable and thread-safe.
 *
 * @param weight the gross weight
 * @param dimensions the outer dimensions, or {@code null} when not measured
 */
public record Parcel(Weight weight, @Nullable Dimensions dimensions) {

  /** Refuses a missing weight on field {@code parcel.weight}. */
  public Parcel {
    if (weight == null) {
      throw new InvalidInputException("parcel.weight", "null", "is required");
    }
  }

  /** A parcel of {@code weight} with unmeasured dimensions. */
  public static Parcel of(Weight weight) {
    return new Parcel(weight, null);
  }

  /** The outer dimensions, if measured. */
  public Optional<Dimensions> measured() {
    return Optional.ofNullable(dimensions);
  }
}
