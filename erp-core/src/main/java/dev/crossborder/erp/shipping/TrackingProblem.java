package dev.crossborder.erp.shipping;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.PlatformId;

/**
 * One finding of {@link TrackingPreCheck}: which field ({@code carrierCode} or {@code
 * trackingNumber}) it concerns, whether an upload step should refuse on it ({@link #blocking()}),
 * and a short message that is safe to log (carrier codes and tracking numbers are not buyer
 * data). Records, immutable and thread-safe.
 */
public sealed interface TrackingProblem {

  /** The field the problem concerns: {@code "carrierCode"} or {@code "trackingNumber"}. */
  String field();

  /** Whether an upload should be refused: the platform or the carrier would certainly reject it. */
  boolean blocking();

  /** A short lower-case phrase with the offending value. */
  String message();

  /**
   * The carrier code is not on the platform's complete list, so the platform would refuse it.
   *
   * @param platform the platform
   * @param carrierCode the refused code
   * @param suggestion the platform's code for the carrier the given code names, if one was found
   *     (for example {@code "FedEx"} for {@code "fedex express"}), else empty
   */
  record CarrierNotAccepted(PlatformId platform, String carrierCode, String suggestion) implements TrackingProblem {
    /** Validates. */
    public CarrierNotAccepted {
      requireNonNull(platform, "platform == null");
      requireNonNull(carrierCode, "carrierCode == null");
      requireNonNull(suggestion, "suggestion == null");
    }

    @Override
    public String field() {
      return "carrierCode";
    }

    @Override
    public boolean blocking() {
      return true;
    }

    @Override
    public String message() {
      return "carrier code not accepted by " + platform + ": " + carrierCode
          + (suggestion.isEmpty() ? "" : " (use " + suggestion + ")");
    }
  }

  /**
   * The carrier code is not on the part of the platform's list the SDK ships ({@link
   * CarrierCodeList.Coverage#PARTIAL}); the platform may still accept it. Not blocking.
   *
   * @param platform the platform
   * @param carrierCode the unlisted code
   * @param suggestion a listed code for the same carrier, if one was found, else empty
   */
  record CarrierNotListed(PlatformId platform, String carrierCode, String suggestion) implements TrackingProblem {
    /** Validates. */
    public CarrierNotListed {
      requireNonNull(platform, "platform == null");
      requireNonNull(carrierCode, "carrierCode == null");
      requireNonNull(suggestion, "suggestion == null");
    }

    @Override
    public String field() {
      return "carrierCode";
    }

    @Override
    public boolean blocking() {
      return false;
    }

    @Override
    public String message() {
      return "carrier code not on the known part of " + platform + "'s list: " + carrierCode
          + (suggestion.isEmpty() ? "" : " (listed: " + suggestion + ")");
    }
  }

  /**
   * The tracking number breaks its carrier's format or check digit.
   *
   * @param check the failed check, naming the carrier, the rule and the reason
   */
  record TrackingNumberInvalid(TrackingNumberCheck.Invalid check) implements TrackingProblem {
    /** Validates. */
    public TrackingNumberInvalid {
      requireNonNull(check, "check == null");
    }

    @Override
    public String field() {
      return "trackingNumber";
    }

    @Override
    public boolean blocking() {
      return true;
    }

    @Override
    public String message() {
      return "tracking number invalid for " + check.carrier().displayName() + " (" + check.reason() + "): "
          + check.trackingNumber();
    }
  }

  /**
   * The tracking number could not be checked because its carrier has no known format. Not
   * blocking.
   *
   * @param check the answer, naming the carrier as given and why
   */
  record TrackingNumberUnchecked(TrackingNumberCheck.NotCheckable check) implements TrackingProblem {
    /** Validates. */
    public TrackingNumberUnchecked {
      requireNonNull(check, "check == null");
    }

    @Override
    public String field() {
      return "trackingNumber";
    }

    @Override
    public boolean blocking() {
      return false;
    }

    @Override
    public String message() {
      return "tracking number not checked (" + check.reason() + "): " + check.trackingNumber();
    }
  }
}
