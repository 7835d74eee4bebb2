package dev.crossborder.erp.shipping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The carriers whose tracking numbers {@link TrackingNumbers} can check. Platforms name carriers
 * in their own codes ({@link CarrierCodes}); this enum is the SDK's platform-neutral name for the
 * few carriers that publish a number format. Immutable and thread-safe.
 */
public enum Carrier {
  /** United Parcel Service: {@code 1Z} numbers with a mod-10 check character. */
  UPS("UPS", "ups", "united parcel service", "ups ground", "ups express"),
  /** United States Postal Service: IMpb numbers (mod 10) and UPU S10 numbers (mod 11). */
  USPS("USPS", "usps", "united states postal service", "us postal service", "u.s. postal service"),
  /** FedEx: Express (12 and 34 digits, mod 11), Ground (15 and 22 digits) and SmartPost (20). */
  FEDEX("FedEx", "fedex", "fed ex", "federal express", "fdx"),
  /** DHL Express air waybills: 10 digits, the last the first nine modulo 7. */
  DHL_EXPRESS("DHL Express", "dhl express", "dhlexpress", "dhl express worldwide"),
  /** China Post (中国邮政) international mail: UPU S10 numbers issued in China ({@code CN}). */
  CHINA_POST("China Post", "china post", "chinapost", "china post air mail", "中国邮政", "epacket"),
  /** China Post EMS (中国邮政速递): UPU S10 numbers with an {@code E} service indicator. */
  CHINA_EMS("China EMS", "china ems", "china post ems", "中国ems"),
  /** 4PX (递四方): no published number format, so its numbers are not checkable. */
  FOUR_PX("4PX", "4px", "4px express", "递四方"),
  /** YunExpress (云途物流): {@code YT} followed by 16 digits, no check digit. */
  YUNEXPRESS("YunExpress", "yunexpress", "yun express", "云途", "云途物流");

  private final String displayName;
  private final List<String> names;

  Carrier(String displayName, String... names) {
    this.displayName = displayName;
    this.names = List.of(names);
  }

  /** The carrier's usual name, for messages. */
  public String displayName() {
    return displayName;
  }

  /**
   * Finds the carrier a common name denotes, ignoring case, spaces and punctuation: {@code "UPS"},
   * {@code "ups"} and {@code "United Parcel Service"} all give {@link #UPS}. Empty for a name the
   * SDK does not know, which is not an error.
   */
  public static Optional<Carrier> fromName(String name) {
    String wanted = normalize(name);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    for (Carrier carrier : values()) {
      if (normalize(carrier.name()).equals(wanted) || normalize(carrier.displayName).equals(wanted)) {
        return Optional.of(carrier);
      }
      for (String alias : carrier.names) {
        if (normalize(alias).equals(wanted)) {
          return Optional.of(carrier);
        }
      }
    }
    return Optional.empty();
  }

  /** Lower-cases and keeps letters and digits only, so spelling variants compare equal. */
  static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
