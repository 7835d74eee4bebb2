package dev.crossborder.erp.shipping;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shipping.TrackingNumberCheck.Invalid;
import dev.crossborder.erp.shipping.TrackingNumberCheck.NotCheckable;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Rule;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Valid;
import dev.crossborder.erp.shipping.internal.CheckDigits;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a tracking number against its carrier's published formats and check digits, before it is
 * uploaded to a platform (a typo in a tracking number is the most common reason a platform flags
 * a shipment as "invalid tracking").
 *
 * <p>What is checked, per {@link Carrier}:
 *
 * <ul>
 *   <li>UPS: {@code 1Z} + 16 letters or digits, the last a mod-10 check digit. Numbers not
 *       starting {@code 1Z} (Mail Innovations, freight) are {@link NotCheckable}.
 *   <li>USPS: IMpb numbers of 20, 22 or 26 digits (optionally behind a {@code 420}+ZIP5 or
 *       {@code 420}+ZIP9 routing prefix) with the mod-10 check digit; UPU S10 numbers.
 *   <li>FedEx: 12 digits (Express, mod 11), 15 digits (Ground, mod 10), 18 digits (SSCC, mod 10),
 *       20 digits (SmartPost, mod 10 with the {@code 92} prefix), 22 digits ({@code 96} Ground:
 *       mod 10 over the last 15; otherwise IMpb mod 10), 34 digits (Express barcode, mod 11 over
 *       the last 14).
 *   <li>DHL Express: 10 digits, the last being the first nine modulo 7.
 *   <li>China Post: UPU S10 ({@code LK123456785CN}): 2 letters, 8 digits, the S10 mod-11 check
 *       digit, country {@code CN}. China EMS: the same with an {@code E} service indicator.
 *   <li>YunExpress: {@code YT} + 16 digits (no check digit is published).
 *   <li>4PX: no published format, so {@link NotCheckable}.
 * </ul>
 *
 * <p>Spaces and dashes are ignored and letters upper-cased before checking. Stateless and
 * thread-safe.
 */
public final class TrackingNumbers {
  private static final Pattern UPS_1Z = Pattern.compile("1Z[0-9A-Z]{16}");
  private static final Pattern S10 = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern YUNEXPRESS = Pattern.compile("YT[0-9]{16}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

  private TrackingNumbers() {}

  /**
   * Checks {@code trackingNumber} for the carrier a name denotes ({@link Carrier#fromName}): a
   * carrier name the SDK does not know gives {@link NotCheckable}, never an exception.
   */
  public static TrackingNumberCheck check(String carrierName, String trackingNumber) {
    requireNonNull(carrierName, "carrierName == null");
    return Carrier.fromName(carrierName)
        .map(carrier -> check(carrier, trackingNumber))
        .orElseGet(() -> new NotCheckable(
            carrierName, normalize(trackingNumber), "no known number format for carrier " + carrierName));
  }

  /** Checks {@code trackingNumber} against {@code carrier}'s formats. */
  public static TrackingNumberCheck check(Carrier carrier, String trackingNumber) {
    requireNonNull(carrier, "carrier == null");
    String number = normalize(trackingNumber);
    if (number.isEmpty()) {
      return new Invalid(carrier, number, Rule.FORMAT, "tracking number is empty");
    }
    switch (carrier) {
      case UPS:
        return ups(number);
      case USPS:
        return usps(number);
      case FEDEX:
        return fedex(number);
      case DHL_EXPRESS:
        return dhlExpress(number);
      case CHINA_POST:
        return chinaPost(carrier, number, false);
      case CHINA_EMS:
        return chinaPost(carrier, number, true);
      case YUNEXPRESS:
        return YUNEXPRESS.matcher(number).matches()
            ? new Valid(carrier, number, "YunExpress YT")
            : new Invalid(carrier, number, Rule.FORMAT, "YunExpress numbers are YT followed by 16 digits");
      case FOUR_PX:
        return new NotCheckable(carrier.displayName(), number, "4PX publishes no number format");
      default:
        throw new AssertionError(carrier);
    }
  }

  /** Upper-cases and removes spaces and dashes, as carriers print numbers in groups. */
  static String normalize(String trackingNumber) {
    requireNonNull(trackingNumber, "trackingNumber == null");
    return SEPARATORS.matcher(trackingNumber).replaceAll("").toUpperCase(Locale.ROOT);
  }

  private static TrackingNumberCheck ups(String number) {
    if (!number.startsWith("1Z")) {
      // UPS Mail Innovations, SurePost and freight numbers go under the UPS code too and publish
      // no check: refusing them would block good uploads.
      return new NotCheckable(Carrier.UPS.displayName(), number, "not a UPS 1Z number, no other UPS format is checked");
    }
    if (!UPS_1Z.matcher(number).matches()) {
      return new Invalid(Carrier.UPS, number, Rule.FORMAT, "UPS 1Z numbers are 1Z followed by 16 letters or digits");
    }
    return verify(Carrier.UPS, number, "UPS 1Z", CheckDigits.ups(number.substring(2, 17)));
  }

  private static TrackingNumberCheck usps(String number) {
    if (S10.matcher(number).matches()) {
      return s10(Carrier.USPS, number, "UPU S10");
    }
    if (!DIGITS.matcher(number).matches()) {
      return new Invalid(Carrier.USPS, number, Rule.FORMAT, "USPS numbers are digits (IMpb) or UPU S10");
    }
    String impb = number;
    if (number.startsWith("420") && number.length() == 30) {
      impb = number.substring(8);
    } else if (number.startsWith("420") && number.length() == 34) {
      impb = number.substring(12);
    }
    int length = impb.length();
    if (length != 20 && length != 22 && length != 26) {
      return new Invalid(Carrier.USPS, number, Rule.FORMAT,
          "USPS IMpb numbers have 20, 22 or 26 digits, not " + length);
    }
    return verify(Carrier.USPS, number, "USPS IMpb", CheckDigits.mod10Weights31(body(impb)));
  }

  private static TrackingNumberCheck fedex(String number) {
    if (!DIGITS.matcher(number).matches()) {
      return new Invalid(Carrier.FEDEX, number, Rule.FORMAT, "FedEx numbers are digits only");
    }
    switch (number.length()) {
      case 12:
        return verify(Carrier.FEDEX, number, "FedEx Express 12", CheckDigits.fedexMod11(body(number)));
      case 15:
        return verify(Carrier.FEDEX, number, "FedEx Ground 15", CheckDigits.mod10Weights31(body(number)));
      case 18:
        return verify(Carrier.FEDEX, number, "FedEx SSCC-18", CheckDigits.mod10Weights31(body(number)));
      case 20:
        return verify(Carrier.FEDEX, number, "FedEx SmartPost 20",
            CheckDigits.mod10Weights31("92" + body(number)));
      case 22:
        return number.startsWith("96")
            ? verify(Carrier.FEDEX, number, "FedEx Ground 96",
                CheckDigits.mod10Weights31(body(number.substring(7))))
            : verify(Carrier.FEDEX, number, "FedEx SmartPost 22", CheckDigits.mod10Weights31(body(number)));
      case 34:
        return verify(Carrier.FEDEX, number, "FedEx Express 34",
            CheckDigits.fedexMod11(body(number.substring(20))));
      default:
        return new Invalid(Carrier.FEDEX, number, Rule.FORMAT,
            "FedEx numbers have 12, 15, 18, 20, 22 or 34 digits, not " + number.length());
    }
  }

  private static TrackingNumberCheck dhlExpress(String number) {
    if (number.length() != 10 || !DIGITS.matcher(number).matches()) {
      return new Invalid(Carrier.DHL_EXPRESS, number, Rule.FORMAT, "DHL Express waybills are 10 digits");
    }
    return verify(Carrier.DHL_EXPRESS, number, "DHL Express mod 7", CheckDigits.mod7(body(number)));
  }

  private static TrackingNumberCheck chinaPost(Carrier carrier, String number, boolean ems) {
    if (!S10.matcher(number).matches()) {
      return new Invalid(carrier, number, Rule.FORMAT,
          carrier.displayName() + " numbers are UPU S10: 2 letters, 9 digits, 2 letters");
    }
    if (ems && number.charAt(0) != 'E') {
      return new Invalid(carrier, number, Rule.FORMAT, "EMS numbers start with E, not " + number.charAt(0));
    }
    if (!number.endsWith("CN")) {
      return new Invalid(carrier, number, Rule.ISSUER,
          carrier.displayName() + " numbers end in CN, not " + number.substring(11));
    }
    return s10(carrier, number, "UPU S10");
  }

  private static TrackingNumberCheck s10(Carrier carrier, String number, String format) {
    int expected = CheckDigits.s10(number.substring(2, 10));
    return compare(carrier, number, format, expected, number.charAt(10));
  }

  private static TrackingNumberCheck verify(Carrier carrier, String number, String format, int expected) {
    return compare(carrier, number, format, expected, number.charAt(number.length() - 1));
  }

  private static TrackingNumberCheck compare(
      Carrier carrier, String number, String format, int expected, char found) {
    if (found == (char) ('0' + expected)) {
      return new Valid(carrier, number, format);
    }
    return new Invalid(carrier, number, Rule.CHECK_DIGIT,
        format + " check digit should be " + expected + ", not " + found);
  }

  /** The number without its last (check) digit. */
  private static String body(String number) {
    return number.substring(0, number.length() - 1);
  }
}
