package dev.crossborder.erp.order;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.kernel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A physical parcel of a {@link Shipment}, with its carrier and tracking number once labelled.
 * (DESIGN.md calls this layer "Package"; the type is named {@code Parcel} so that it does not
 * shadow {@code java.lang.Package} in every file that uses it.)
 *
 * @param id the parcel's id
 * @param carrier the carrier code, or {@code null} before labelling
 * @param trackingNumber the tracking number, or {@code null} before labelling
 * @param weight the weighed parcel, or {@code null}
 */
public record Parcel(
    ParcelId id, @Nullable String carrier, @Nullable String trackingNumber, @Nullable Weight weight) {

  /** Validates every field. */
  public Parcel {
    Checks.present("parcelId", id);
    carrier = carrier == null ? null : Checks.token("carrier", carrier, 64);
    trackingNumber = trackingNumber == null ? null : Checks.token("trackingNumber", trackingNumber, 64);
  }
}
