package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.order.Destination;

/**
 * What a rate quote needs: where the parcel leaves from, where it goes (country and region only,
 * no personal data) and the parcel. Immutable and thread-safe.
 *
 * @param origin the shipping warehouse's country and region
 * @param destination the buyer's country and region
 * @param parcel the parcel
 */
public record RateRequest(Destination origin, Destination destination, Parcel parcel) {

  /** Refuses a missing field, naming it. */
  public RateRequest {
    Fields.present("origin", origin);
    Fields.present("destination", destination);
    Fields.present("parcel", parcel);
  }

}
