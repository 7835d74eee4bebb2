package dev.crossborder.erp.shipping;

import static java.util.Objects.requireNonNull;

/**
 * The answer of {@link TrackingNumbers#check}: a tracking number is {@link Valid}, {@link Invalid}
 * (with the rule that failed), or {@link NotCheckable} because the carrier publishes no format the
 * SDK knows. {@code NotCheckable} is an answer, not a failure: an upload may go ahead. Records,
 * immutable and thread-safe.
 */
public sealed interface TrackingNumberCheck {

  /** The tracking number as checked: upper case, spaces and dashes removed. */
  String trackingNumber();

  /** {@code true} only for {@link Invalid}: the number is certainly wrong for its carrier. */
  default boolean isInvalid() {
    return this instanceof Invalid;
  }

  /**
   * The number has the shape and check digit of one of the carrier's formats.
   *
   * @param carrier the carrier checked against
   * @param trackingNumber the normalized number
   * @param format the format that matched, for example {@code "UPS 1Z"}
   */
  record Valid(Carrier carrier, String trackingNumber, String format) implements TrackingNumberCheck {
    /** Validates. */
    public Valid {
      requireNonNull(carrier, "carrier == null");
      requireNonNull(trackingNumber, "trackingNumber == null");
      requireNonNull(format, "format == null");
    }
  }

  /**
   * The number breaks a rule of the carrier's formats.
   *
   * @param carrier the carrier checked against
   * @param trackingNumber the normalized number
   * @param rule which rule failed
   * @param reason a short phrase naming the format and what was wrong, safe to log
   */
  record Invalid(Carrier carrier, String trackingNumber, Rule rule, String reason)
      implements TrackingNumberCheck {
    /** Validates. */
    public Invalid {
      requireNonNull(carrier, "carrier == null");
      requireNonNull(trackingNumber, "trackingNumber == null");
      requireNonNull(rule, "rule == null");
      requireNonNull(reason, "reason == null");
    }
  }

  /**
   * The SDK knows no format for this carrier (an unknown carrier name, or a carrier such as 4PX
   * that publishes none), so nothing was checked.
   *
   * @param carrier the carrier as given
   * @param trackingNumber the normalized number
   * @param reason why nothing was checked
   */
  record NotCheckable(String carrier, String trackingNumber, String reason) implements TrackingNumberCheck {
    /** Validates. */
    public NotCheckable {
      requireNonNull(carrier, "carrier == null");
      requireNonNull(trackingNumber, "trackingNumber == null");
      requireNonNull(reason, "reason == null");
    }
  }

  /** The rule a number broke. */
  enum Rule {
    /** No format of the carrier has this length, prefix or alphabet. */
    FORMAT,
    /** The shape fits a format but the check digit does not match. */
    CHECK_DIGIT,
    /** An S10 number from an issuer (country code) that cannot be this carrier's. */
    ISSUER
  }
}
