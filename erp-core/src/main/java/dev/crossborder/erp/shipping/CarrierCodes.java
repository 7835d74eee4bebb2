package dev.crossborder.erp.shipping;

import dev.crossborder.erp.shipping.internal.CarrierCodeResources;
import dev.crossborder.erp.shop.PlatformId;
import java.util.Map;
import java.util.Optional;

/**
 * Each platform's accepted carrier codes, shipped as resources under {@code
 * dev/crossborder/erp/shipping/} (one file per platform whose header names its source and whether
 * the list is complete). Amazon, eBay, Walmart and Shopify have lists; any other platform gets a
 * list with {@link CarrierCodeList.Coverage#NONE}. The lists load once, on first use; all methods
 * are thread-safe.
 */
public final class CarrierCodes {

  private CarrierCodes() {}

  /** The list shipped for {@code platform}, empty with coverage {@code NONE} if there is none. */
  public static CarrierCodeList forPlatform(PlatformId platform) {
    CarrierCodeList list = Lists.BY_PLATFORM.get(platform);
    return list != null ? list : CarrierCodeList.none(platform);
  }

  /** Whether {@code code} is on {@code platform}'s list, spelled exactly as the platform spells it. */
  public static boolean accepts(PlatformId platform, String code) {
    return forPlatform(platform).find(code).isPresent();
  }

  /**
   * The platform's code for a carrier named in common words or by a code ({@code "UPS"}, {@code
   * "ups"}, {@code "United Parcel Service"}); empty when the platform's list has no such carrier.
   */
  public static Optional<String> codeFor(PlatformId platform, String carrierName) {
    return forPlatform(platform).codeFor(carrierName);
  }

  /** Loaded on first use (initialization-on-demand holder). */
  private static final class Lists {
    static final Map<PlatformId, CarrierCodeList> BY_PLATFORM =
        CarrierCodeResources.load(
            Map.of(
                PlatformId.AMAZON, "amazon-carrier-codes.txt",
                PlatformId.EBAY, "ebay-carrier-codes.txt",
                PlatformId.WALMART, "walmart-carrier-codes.txt",
                PlatformId.SHOPIFY, "shopify-tracking-companies.txt"));
  }
}
