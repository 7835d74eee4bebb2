package dev.crossborder.erp.shipping.carrier;

/**
 * The answer of {@link CarrierConnector#voidLabel}: the label is now {@link Voided} (the carrier
 * will not charge or refunds it), was {@link AlreadyVoided} by an earlier call, or is {@link
 * NotVoidable} because the parcel was handed over or the carrier's void window has passed. All
 * three are answers, not failures. Records, immutable and thread-safe.
 */
public sealed interface VoidResult {

  /** The tracking number of the label concerned. */
  String trackingNumber();

  /**
   * This call voided the label.
   *
   * @param trackingNumber the voided label's number
   */
  record Voided(String trackingNumber) implements VoidResult {
    /** Validates. */
    public Voided {
      Fields.code("trackingNumber", trackingNumber);
    }
  }

  /**
   * An earlier call voided the label; nothing changed.
   *
   * @param trackingNumber the voided label's number
   */
  record AlreadyVoided(String trackingNumber) implements VoidResult {
    /** Validates. */
    public AlreadyVoided {
      Fields.code("trackingNumber", trackingNumber);
    }
  }

  /**
   * The label can no longer be voided.
   *
   * @param trackingNumber the label's number
   * @param reason a short lower-case phrase, safe to log (for example {@code "handed over in
   *     manifest M-1"})
   */
  record NotVoidable(String trackingNumber, String reason) implements VoidResult {
    /** Validates. */
    public NotVoidable {
      Fields.code("trackingNumber", trackingNumber);
      Fields.present("reason", reason);
    }
  }
}
