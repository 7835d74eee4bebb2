package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.RejectedItem;
import dev.crossborder.erp.platforms.http.RejectedOrders;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.AmazonMoney;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.CustomerAddress;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.GetOrderResponse;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.Order;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.OrderItem;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.ProceedsBreakdown;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.SearchOrdersResponse;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps Orders API v2026-01-01 orders (items inline) to {@link PlatformOrder}s. Stateless.
 *
 * <p>The connector must ask for {@code includedData=FULFILLMENT,PROCEEDS,RECIPIENT} (and {@code
 * BUYER} when it holds a restricted data token): status and channel come from {@code fulfillment},
 * money from {@code proceeds}, the destination from {@code recipient}.
 *
 * <ul>
 *   <li><b>Status</b> ({@code fulfillment.fulfillmentStatus}): {@code PENDING_AVAILABILITY} and
 *       {@code PENDING} → PENDING; {@code UNSHIPPED}, {@code PARTIALLY_SHIPPED}, {@code SHIPPED},
 *       {@code CANCELLED} → the same; {@code UNFULFILLABLE} and unknown values → OTHER. Missing →
 *       error (the import needs a status).
 *   <li><b>Channel</b> ({@code fulfillment.fulfilledBy}, or v0's {@code AFN}/{@code MFN}): {@code
 *       AMAZON}/{@code AFN} → PLATFORM, {@code MERCHANT}/{@code MFN} → MERCHANT. An unknown or
 *       missing value maps to PLATFORM: the SDK then records the order but ships nothing, the safe
 *       side when it cannot tell who ships.
 *   <li><b>Unit price</b>: Amazon's item amounts are line totals (the item {@code ITEM} proceeds
 *       breakdown is the whole line: 2 × 49.99 reads {@code "99.98"}). The unit price is that line
 *       total ÷ quantity when the division is exact at the currency's minor unit; when it is not
 *       (10.00 for 3), Amazon's own {@code product.price.unitPrice} is used if present, else the
 *       quotient rounded half-even. Without the {@code ITEM} breakdown (no {@code PROCEEDS}), {@code
 *       product.price.unitPrice} is the unit price. Neither → error on {@code
 *       …product.price.unitPrice}.
 *   <li><b>Tax, shipping, discount</b>: the sums of the item's {@code TAX}, {@code SHIPPING} and
 *       {@code DISCOUNT} breakdowns; discounts are reported negative or positive, the line gets the
 *       magnitude. {@code GIFT_WRAP}, {@code COD_FEE}, {@code OTHER} and unknown categories have no
 *       place in {@link OrderLine} and are not mapped. Platform fees are zero: this API reports none.
 *   <li><b>Lines</b>: a line with {@code quantityOrdered} 0 is skipped (nothing to ship or bill); a
 *       negative or missing quantity, or a missing or blank {@code sellerSku}, is an error naming
 *       the field: a line the SDK cannot reserve or ship must not disappear silently. An order left
 *       with no line is an error on {@code …orderItems}.
 *   <li><b>Currency</b>: of {@code proceeds.grandTotal}, else of the first item amount, else the
 *       marketplace's. Item amounts in another currency are an error.
 *   <li><b>Destination</b>: country and state of {@code recipient.deliveryAddress}; without one, the
 *       marketplace's country and no region.
 *   <li><b>Buyer</b>: {@link BuyerDetails} only when Amazon sent a name and a delivery address with
 *       a first line and a city (restricted data: usually absent → {@code null}); personal data that
 *       fails validation is dropped, never echoed.
 * </ul>
 */
public final class OrderMapper {
  private OrderMapper() {}

  /** Maps a {@code searchOrders} page; its cursor is Amazon's {@code nextToken}. */
  public static PlatformPage<PlatformOrder> page(ShopId shop, SearchOrdersResponse response, WireContext ctx) {
    List<Order> orders = ctx.require(response.orders(), "orders");
    List<PlatformOrder> mapped = new ArrayList<>(orders.size());
    List<RejectedItem> rejected = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      String prefix = "orders[" + i + "]";
      Order wire = ctx.require(orders.get(i), prefix);
      try {
        mapped.add(order(shop, wire, prefix, ctx));
      } catch (MalformedResponseException e) {
        rejected.add(RejectedOrders.of(wire.orderId(), e));
      }
    }
    String next = response.pagination() == null ? null : response.pagination().nextToken();
    return new PlatformPage<>(mapped, next, rejected);
  }

  /** Maps a {@code getOrder} answer. */
  public static PlatformOrder order(ShopId shop, GetOrderResponse response, WireContext ctx) {
    return order(shop, ctx.require(response.order(), "order"), "order", ctx);
  }

  /** Maps one order whose JSON path is {@code prefix}. */
  public static PlatformOrder order(ShopId shop, Order o, String prefix, WireContext ctx) {
    String orderId = ctx.text(o.orderId(), prefix + ".orderId");
    var purchasedAt = ctx.require(o.createdTime(), prefix + ".createdTime");
    var updatedAt = ctx.require(o.lastUpdatedTime(), prefix + ".lastUpdatedTime");
    var fulfillment = ctx.require(o.fulfillment(), prefix + ".fulfillment");
    String statusText = ctx.text(fulfillment.fulfillmentStatus(), prefix + ".fulfillment.fulfillmentStatus");
    String marketplaceId = o.salesChannel() == null ? null : o.salesChannel().marketplaceId();
    Optional<Marketplaces.Marketplace> marketplace =
        marketplaceId == null ? Optional.empty() : Marketplaces.byId(marketplaceId.strip());
    Currency currency = currency(o, marketplace, prefix, ctx);
    List<OrderItem> items = ctx.require(o.orderItems(), prefix + ".orderItems");
    List<OrderLine> lines = new ArrayList<>(items.size());
    for (int j = 0; j < items.size(); j++) {
      String itemPath = prefix + ".orderItems[" + j + "]";
      OrderLine line = line(ctx.require(items.get(j), itemPath), currency, itemPath, ctx);
      if (line != null) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw ctx.invalid(prefix + ".orderItems", "has no line with a positive quantity", null);
    }
    CustomerAddress address = o.recipient() == null ? null : o.recipient().deliveryAddress();
    Destination destination = destination(address, marketplace, prefix, ctx);
    try {
      return new PlatformOrder(
          shop,
          orderId,
          status(statusText),
          channel(fulfillment.fulfilledBy()),
          purchasedAt,
          updatedAt,
          currency,
          lines,
          Money.zero(currency),
          destination,
          buyer(o.buyer(), address));
    } catch (InvalidInputException e) {
      throw ctx.invalid(prefix + "." + e.field(), "is not valid", e);
    }
  }

  /** The domain status of Amazon's {@code FulfillmentStatus} text; unknown values are OTHER. */
  public static PlatformOrderStatus status(@Nullable String fulfillmentStatus) {
    if (fulfillmentStatus == null) {
      return PlatformOrderStatus.OTHER;
    }
    return switch (fulfillmentStatus.strip().toUpperCase(Locale.ROOT)) {
      case "PENDING", "PENDING_AVAILABILITY" -> PlatformOrderStatus.PENDING;
      case "UNSHIPPED" -> PlatformOrderStatus.UNSHIPPED;
      case "PARTIALLY_SHIPPED", "PARTIALLYSHIPPED" -> PlatformOrderStatus.PARTIALLY_SHIPPED;
      case "SHIPPED" -> PlatformOrderStatus.SHIPPED;
      case "CANCELLED", "CANCELED" -> PlatformOrderStatus.CANCELLED;
      default -> PlatformOrderStatus.OTHER;
    };
  }

  /** The channel of {@code fulfilledBy} ({@code AMAZON}/{@code MERCHANT}, or v0's {@code AFN}/{@code MFN}). */
  public static FulfillmentChannel channel(@Nullable String fulfilledBy) {
    if (fulfilledBy == null) {
      return FulfillmentChannel.PLATFORM;
    }
    return switch (fulfilledBy.strip().toUpperCase(Locale.ROOT)) {
      case "MERCHANT", "MFN" -> FulfillmentChannel.MERCHANT;
      default -> FulfillmentChannel.PLATFORM;
    };
  }

  private static @Nullable OrderLine line(OrderItem item, Currency currency, String path, WireContext ctx) {
    long quantity = ctx.require(item.quantityOrdered(), path + ".quantityOrdered");
    if (quantity < 0) {
      throw ctx.invalid(path + ".quantityOrdered", "is negative", null);
    }
    if (quantity == 0) {
      return null;
    }
    String lineId = ctx.text(item.orderItemId(), path + ".orderItemId");
    var product = ctx.require(item.product(), path + ".product");
    String skuField = path + ".product.sellerSku";
    SkuCode sku;
    try {
      sku = SkuCode.of(ctx.text(product.sellerSku(), skuField));
    } catch (InvalidInputException e) {
      throw ctx.invalid(skuField, "is not a valid SKU code", e);
    }
    List<ProceedsBreakdown> breakdowns =
        item.proceeds() == null || item.proceeds().breakdowns() == null ? List.of() : item.proceeds().breakdowns();
    String breakdownPath = path + ".proceeds.breakdowns";
    Money lineTotal = sum(breakdowns, "ITEM", currency, breakdownPath, ctx);
    AmazonMoney listedUnit = product.price() == null ? null : product.price().unitPrice();
    String unitField = path + ".product.price.unitPrice";
    Money unitPrice;
    if (lineTotal != null) {
      BigDecimal units = BigDecimal.valueOf(quantity);
      BigDecimal exact = lineTotal.amount().divide(units, currency.getDefaultFractionDigits() + 6, RoundingMode.HALF_EVEN);
      boolean divides = exact.multiply(units).compareTo(lineTotal.amount()) == 0
          && exact.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits();
      if (divides) {
        unitPrice = ctx.toMoney(exact, currency, breakdownPath);
      } else if (listedUnit != null) {
        unitPrice = ctx.money(listedUnit, currency, unitField);
      } else {
        unitPrice = ctx.toMoney(exact, currency, breakdownPath);
      }
    } else if (listedUnit != null) {
      unitPrice = ctx.money(listedUnit, currency, unitField);
    } else {
      throw ctx.missing(unitField);
    }
    Money tax = orZero(sum(breakdowns, "TAX", currency, breakdownPath, ctx), currency);
    Money shipping = orZero(sum(breakdowns, "SHIPPING", currency, breakdownPath, ctx), currency);
    Money discount = orZero(sum(breakdowns, "DISCOUNT", currency, breakdownPath, ctx), currency).abs();
    nonNegative(unitPrice, unitField, ctx);
    nonNegative(tax, breakdownPath + "[TAX]", ctx);
    nonNegative(shipping, breakdownPath + "[SHIPPING]", ctx);
    try {
      return new OrderLine(lineId, sku, Quantity.of(quantity), unitPrice, tax, shipping, discount);
    } catch (InvalidInputException e) {
      throw ctx.invalid(path + "." + e.field(), "is not valid", e);
    }
  }

  private static void nonNegative(Money m, String field, WireContext ctx) {
    if (m.isNegative()) {
      throw ctx.invalid(field, "is negative", null);
    }
  }

  private static Money orZero(@Nullable Money m, Currency currency) {
    return m == null ? Money.zero(currency) : m;
  }

  /** The sum of the breakdowns of {@code type}, or {@code null} if there is none. */
  private static @Nullable Money sum(
      List<ProceedsBreakdown> breakdowns, String type, Currency currency, String path, WireContext ctx) {
    Money total = null;
    for (int k = 0; k < breakdowns.size(); k++) {
      ProceedsBreakdown b = breakdowns.get(k);
      if (b == null || b.type() == null || !type.equalsIgnoreCase(b.type().strip())) {
        continue;
      }
      Money m = ctx.money(b.subtotal(), currency, path + "[" + k + "].subtotal");
      total = total == null ? m : total.plus(m);
    }
    return total;
  }

  private static Currency currency(
      Order o, Optional<Marketplaces.Marketplace> marketplace, String prefix, WireContext ctx) {
    if (o.proceeds() != null && o.proceeds().grandTotal() != null
        && o.proceeds().grandTotal().currencyCode() != null
        && !o.proceeds().grandTotal().currencyCode().isBlank()) {
      return ctx.currency(o.proceeds().grandTotal().currencyCode(), prefix + ".proceeds.grandTotal.currencyCode");
    }
    List<OrderItem> items = o.orderItems() == null ? List.of() : o.orderItems();
    for (int j = 0; j < items.size(); j++) {
      OrderItem item = items.get(j);
      if (item == null) {
        continue;
      }
      String path = prefix + ".orderItems[" + j + "]";
      if (item.product() != null && item.product().price() != null && item.product().price().unitPrice() != null
          && item.product().price().unitPrice().currencyCode() != null) {
        return ctx.currency(item.product().price().unitPrice().currencyCode(), path + ".product.price.unitPrice.currencyCode");
      }
      if (item.proceeds() != null && item.proceeds().breakdowns() != null) {
        for (ProceedsBreakdown b : item.proceeds().breakdowns()) {
          if (b != null && b.subtotal() != null && b.subtotal().currencyCode() != null) {
            return ctx.currency(b.subtotal().currencyCode(), path + ".proceeds.breakdowns.subtotal.currencyCode");
          }
        }
      }
    }
    return marketplace
        .map(Marketplaces.Marketplace::currency)
        .orElseThrow(() -> ctx.missing(prefix + ".proceeds.grandTotal.currencyCode"));
  }

  private static Destination destination(
      @Nullable CustomerAddress address,
      Optional<Marketplaces.Marketplace> marketplace,
      String prefix,
      WireContext ctx) {
    String field = prefix + ".recipient.deliveryAddress.countryCode";
    if (address != null && address.countryCode() != null && !address.countryCode().isBlank()) {
      try {
        return new Destination(address.countryCode(), blankToNull(address.stateOrRegion()));
      } catch (InvalidInputException e) {
        throw ctx.invalid(field, "is not an ISO 3166 country code", e);
      }
    }
    return marketplace.map(m -> Destination.of(m.countryCode())).orElseThrow(() -> ctx.missing(field));
  }

  private static @Nullable BuyerDetails buyer(OrdersWire.@Nullable Buyer buyer, @Nullable CustomerAddress address) {
    if (buyer == null || address == null) {
      return null;
    }
    String name = firstText(buyer.buyerName(), address.name());
    if (name == null || blankToNull(address.addressLine1()) == null || blankToNull(address.city()) == null
        || blankToNull(address.countryCode()) == null) {
      return null;
    }
    String line2 = joinLines(address.addressLine2(), address.addressLine3());
    try {
      Address shipTo =
          new Address(
              firstText(address.name(), name),
              address.addressLine1(),
              line2,
              address.city(),
              blankToNull(address.stateOrRegion()),
              blankToNull(address.postalCode()),
              address.countryCode());
      return new BuyerDetails(name, blankToNull(buyer.buyerEmail()), blankToNull(address.phone()), shipTo);
    } catch (InvalidInputException e) {
      return null;
    }
  }

  private static @Nullable String joinLines(@Nullable String a, @Nullable String b) {
    String x = blankToNull(a);
    String y = blankToNull(b);
    if (x == null) {
      return y;
    }
    return y == null ? x : x + ", " + y;
  }

  private static @Nullable String firstText(@Nullable String a, @Nullable String b) {
    String x = blankToNull(a);
    return x != null ? x : blankToNull(b);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
