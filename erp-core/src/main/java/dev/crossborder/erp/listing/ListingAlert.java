package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A listing that needs a person's attention, and why.
 *
 * @param listing the listing
 * @param kind the reason
 * @param detail the reason in words (expected and actual values, age), never buyer data
 */
public record ListingAlert(Listing listing, Kind kind, String detail) {

  /** Validates. */
  public ListingAlert {
    Checks.present("listing", listing);
    Checks.present("kind", kind);
    Checks.present("detail", detail);
  }

  /** The reasons a listing is reported. */
  public enum Kind {
    /** The platform (or local validation) refused it. */
    REJECTED,
    /** The platform has not confirmed its state for longer than the staleness limit. */
    STALE,
    /** The platform shows another price than the SDK pushed. */
    PRICE_DRIFT,
    /** The platform shows another quantity than the SDK pushed. */
    QUANTITY_DRIFT
  }
}
