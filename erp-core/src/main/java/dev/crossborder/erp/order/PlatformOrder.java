package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as a platform reports it: the input of {@link Orders#importOrder}. Connectors map each
 * platform's payload to this. Immutable; {@link #toString()} never shows buyer data.
 *
 * @param shopId the shop it belongs to
 * @param platformOrderId the platform's order id
 * @param status the platform's status
 * @param channel who fulfils it
 * @param purchasedAt when it was placed
 * @param updatedAt the platform's last-update time of this data; an import older than what is
 *     stored is ignored
 * @param currency the order currency
 * @param lines the lines
 * @param platformFees fees the platform charges for it (zero when not known yet)
 * @param destination country and region it ships to
 * @param buyer the buyer's personal data, or {@code null} when the platform withholds it
 * @param shippingLevel the shipping level the buyer chose on the channel (Amazon's {@code
 *     ShipServiceLevel} such as {@code Expedited}, a Shopify shipping line's title), or {@code null}
 */
public record PlatformOrder(
    ShopId shopId,
    String platformOrderId,
    PlatformOrderStatus status,
    FulfillmentChannel channel,
    Instant purchasedAt,
    Instant updatedAt,
    Currency currency,
    List<OrderLine> lines,
    Money platformFees,
    Destination destination,
    @Nullable BuyerDetails buyer,
    @Nullable String shippingLevel) {

  /** An order without a channel-selected shipping level. */
  public PlatformOrder(
      ShopId shopId,
      String platformOrderId,
      PlatformOrderStatus status,
      FulfillmentChannel channel,
      Instant purchasedAt,
      Instant updatedAt,
      Currency currency,
      List<OrderLine> lines,
      Money platformFees,
      Destination destination,
      @Nullable BuyerDetails buyer) {
    this(shopId, platformOrderId, status, channel, purchasedAt, updatedAt, currency, lines, platformFees,
        destination, buyer, null);
  }

  /** Validates every field. */
  public PlatformOrder {
    Checks.present("shopId", shopId);
    platformOrderId = Checks.text("platformOrderId", platformOrderId, 100);
    Checks.present("status", status);
    Checks.present("channel", channel);
    Checks.present("purchasedAt", purchasedAt);
    Checks.present("updatedAt", updatedAt);
    Checks.present("currency", currency);
    lines = List.copyOf(Checks.notEmpty("lines", lines));
    Checks.present("platformFees", platformFees);
    Checks.present("destination", destination);
    shippingLevel =
        shippingLevel == null || shippingLevel.isBlank() ? null : Checks.text("shippingLevel", shippingLevel, 64);
  }

  /** This order with {@code level} as the channel-selected shipping level. */
  public PlatformOrder withShippingLevel(@Nullable String level) {
    return new PlatformOrder(shopId, platformOrderId, status, channel, purchasedAt, updatedAt, currency, lines,
        platformFees, destination, buyer, level);
  }

  @Override
  public String toString() {
    return "PlatformOrder[shop=" + shopId + ", platformOrderId=" + platformOrderId + ", " + status
        + ", updatedAt=" + updatedAt + "]";
  }
}
