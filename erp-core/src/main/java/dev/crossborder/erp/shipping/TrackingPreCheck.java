package dev.crossborder.erp.shipping;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.shipping.CarrierCodeList.Coverage;
import dev.crossborder.erp.shipping.CarrierCodeList.Entry;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Invalid;
import dev.crossborder.erp.shipping.TrackingNumberCheck.NotCheckable;
import dev.crossborder.erp.shipping.TrackingProblem.CarrierNotAccepted;
import dev.crossborder.erp.shipping.TrackingProblem.CarrierNotListed;
import dev.crossborder.erp.shipping.TrackingProblem.TrackingNumberInvalid;
import dev.crossborder.erp.shipping.TrackingProblem.TrackingNumberUnchecked;
import dev.crossborder.erp.shop.PlatformId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The check an upload step runs before confirming a shipment to a platform (上传单号前的预检):
 * is the carrier code one the platform accepts ({@link CarrierCodes}), and does the tracking
 * number fit its carrier's format and check digit ({@link TrackingNumbers})?
 *
 * <p>The carrier whose number format applies is the one the platform's list entry denotes (eBay
 * {@code ChinaPost} → China Post; none for a code that covers several carriers, such as Amazon's
 * {@code DHL}); for a code not on the list, the carrier its words stand for ({@link
 * Carrier#fromName}); failing both, the carrier the carrier name stands for (Amazon and Walmart
 * send one with their "Other" code). An unknown carrier is never an error: its number is
 * reported as {@link TrackingProblem.TrackingNumberUnchecked}, which does not block. A code
 * missing from a list is blocking only when the list is {@link Coverage#COMPLETE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrackingPreCheck {

  private TrackingPreCheck() {}

  /** Checks a confirmation about to be sent to {@code platform}. */
  public static TrackingPreCheckResult check(PlatformId platform, ShipmentConfirmation confirmation) {
    requireNonNull(confirmation, "confirmation == null");
    return check(platform, confirmation.carrierCode(), confirmation.carrierName(), confirmation.trackingNumber());
  }

  /** Checks a carrier code and tracking number for {@code platform}. */
  public static TrackingPreCheckResult check(PlatformId platform, String carrierCode, String trackingNumber) {
    return check(platform, carrierCode, null, trackingNumber);
  }

  /**
   * Checks a carrier code, the carrier's name (used when the code is a platform's "Other" or
   * names no known carrier) and a tracking number for {@code platform}.
   */
  public static TrackingPreCheckResult check(
      PlatformId platform, String carrierCode, @Nullable String carrierName, String trackingNumber) {
    requireNonNull(platform, "platform == null");
    return check(CarrierCodes.forPlatform(platform), carrierCode, carrierName, trackingNumber);
  }

  /**
   * Checks against a given list instead of the shipped one: for a host that reads the live list
   * from the platform (eBay's GeteBayDetails carrier details, Walmart's carrier list) and passes it
   * as {@link Coverage#COMPLETE}, so that an unlisted code becomes blocking.
   */
  public static TrackingPreCheckResult check(
      CarrierCodeList list, String carrierCode, @Nullable String carrierName, String trackingNumber) {
    requireNonNull(list, "list == null");
    requireNonNull(carrierCode, "carrierCode == null");
    requireNonNull(trackingNumber, "trackingNumber == null");
    PlatformId platform = list.platform();
    Optional<Entry> entry = list.find(carrierCode);
    List<TrackingProblem> problems = new ArrayList<>(2);
    if (entry.isEmpty()) {
      String suggestion = list.codeFor(carrierCode).orElse("");
      if (list.coverage() == Coverage.COMPLETE) {
        problems.add(new CarrierNotAccepted(platform, carrierCode, suggestion));
      } else if (list.coverage() == Coverage.PARTIAL) {
        problems.add(new CarrierNotListed(platform, carrierCode, suggestion));
      }
    }
    // A listed code means what the list says it means (none: several carriers); an unlisted one
    // what its words mean.
    Optional<Carrier> carrier =
        entry.isPresent() ? Optional.ofNullable(entry.get().carrier()) : Carrier.fromName(carrierCode);
    if (carrier.isEmpty() && carrierName != null) {
      carrier = Carrier.fromName(carrierName);
    }
    String given = carrierName != null ? carrierCode + " / " + carrierName : carrierCode;
    TrackingNumberCheck numberCheck = carrier
        .map(c -> TrackingNumbers.check(c, trackingNumber))
        .orElseGet(() -> TrackingNumbers.check(given, trackingNumber));
    if (numberCheck instanceof Invalid) {
      problems.add(new TrackingNumberInvalid((Invalid) numberCheck));
    } else if (numberCheck instanceof NotCheckable) {
      problems.add(new TrackingNumberUnchecked((NotCheckable) numberCheck));
    }
    return new TrackingPreCheckResult(problems, numberCheck);
  }
}
