package dev.crossborder.erp.platforms.walmart.internal;

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
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Amount;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Charge;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.LineStatus;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Order;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.PostalAddress;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps Walmart purchase orders to {@link PlatformOrder}s. Decisions:
 *
 * <ul>
 *   <li><b>Status</b>: a Walmart order has no status of its own, its lines' units do ({@code
 *       orderLineStatuses}). Over all units: any unit in a status the SDK does not know → {@code
 *       OTHER}; every unit {@code Cancelled} → {@code CANCELLED}; of the units not cancelled, all
 *       {@code Shipped} or {@code Delivered} → {@code SHIPPED}, some → {@code PARTIALLY_SHIPPED};
 *       else any {@code Created} (released to the seller, not yet acknowledged) → {@code PENDING};
 *       else ({@code Acknowledged}) → {@code UNSHIPPED}.
 *   <li><b>Last update</b>: orders carry no modification time, so {@code updatedAt} is the latest
 *       of {@code orderDate} and the lines' {@code statusDate}s.
 *   <li><b>Channel</b>: {@code shipNode.type} {@code WFSFulfilled} (Walmart Fulfillment Services)
 *       → {@code PLATFORM}; {@code SellerFulfilled} and {@code 3PLFulfilled} → {@code MERCHANT};
 *       without {@code shipNode}, the ship node type the page was queried for; an unknown type →
 *       {@code PLATFORM}, so the SDK never ships an order when it cannot tell who ships.
 *   <li><b>Money</b>: a line's {@code PRODUCT} charges are the line's amount for its quantity, so
 *       the unit price is their sum divided by the quantity (exact in practice: Walmart's US lines
 *       hold one unit; otherwise rounded half-even to the minor unit). {@code SHIPPING} charges are
 *       the line's shipping; the taxes of every charge its tax; charges with a negative amount
 *       (promotions) its discount, as a positive amount. Walmart documents no other charge type;
 *       one with a positive amount is not modelled. Amounts of any scale are read from their text.
 *       The Orders API reports no fees, so platform fees are zero.
 *   <li><b>Destination</b>: {@code shippingInfo.postalAddress.country}, ISO 3166 alpha-3 ({@code
 *       USA}) or alpha-2, and {@code state}.
 *   <li>A line without SKU, quantity or price is an error naming the field (a line that cannot be
 *       reserved must not vanish); lines of quantity 0 are skipped.
 * </ul>
 *
 * <p>Stateless.
 */
final class OrderMapper {
  static final String WFS = "WFSFulfilled";
  private static final Map<String, String> ALPHA3 = alpha3();

  private OrderMapper() {}

  /** Maps the order at JSON path {@code prefix} of an answer to {@code operation}. */
  static PlatformOrder order(ShopId shop, Order o, String queriedNodeType, String prefix, String operation) {
    Wire wire = new Wire(operation);
    String orderId = wire.text(o.purchaseOrderId(), prefix + ".purchaseOrderId");
    Instant purchasedAt = wire.require(o.orderDate(), prefix + ".orderDate");
    List<WalmartWire.@Nullable OrderLine> wireLines =
        o.orderLines() == null ? null : o.orderLines().orderLine();
    wireLines = wire.require(wireLines, prefix + ".orderLines.orderLine");
    Currency currency = currency(wireLines, prefix, wire);
    Instant updatedAt = purchasedAt;
    List<OrderLine> lines = new ArrayList<>(wireLines.size());
    List<LineStatus> statuses = new ArrayList<>();
    for (int i = 0; i < wireLines.size(); i++) {
      String path = prefix + ".orderLines.orderLine[" + i + "]";
      WalmartWire.OrderLine line = wire.require(wireLines.get(i), path);
      if (line.statusDate() != null && line.statusDate().isAfter(updatedAt)) {
        updatedAt = line.statusDate();
      }
      statuses.addAll(statuses(line));
      OrderLine mapped = line(line, currency, path, wire);
      if (mapped != null) {
        lines.add(mapped);
      }
    }
    if (lines.isEmpty()) {
      throw wire.invalid(prefix + ".orderLines.orderLine", "has no line with a positive quantity", null);
    }
    PostalAddress address = o.shippingInfo() == null ? null : o.shippingInfo().postalAddress();
    String countryField = prefix + ".shippingInfo.postalAddress.country";
    String country = countryCode(wire.text(address == null ? null : address.country(), countryField), countryField, wire);
    try {
      return new PlatformOrder(
          shop,
          orderId,
          status(statuses),
          channel(o.shipNode() == null || o.shipNode().type() == null ? queriedNodeType : o.shipNode().type()),
          purchasedAt,
          updatedAt,
          currency,
          lines,
          Money.zero(currency),
          new Destination(country, blankToNull(address.state())),
          buyer(o, address, country));
    } catch (InvalidInputException e) {
      throw wire.invalid(prefix + "." + e.field(), "is not valid", e);
    }
  }

  /** The status of an order whose units are in {@code statuses}; see the class documentation. */
  static PlatformOrderStatus status(List<LineStatus> statuses) {
    long cancelled = 0;
    long shipped = 0;
    long created = 0;
    long all = 0;
    for (LineStatus s : statuses) {
      long units = units(s);
      all += units;
      switch (normalized(s.status())) {
        case "cancelled" -> cancelled += units;
        case "shipped", "delivered" -> shipped += units;
        case "created" -> created += units;
        case "acknowledged" -> { }
        default -> {
          return PlatformOrderStatus.OTHER;
        }
      }
    }
    if (all == 0) {
      return PlatformOrderStatus.OTHER;
    }
    long open = all - cancelled;
    if (open == 0) {
      return PlatformOrderStatus.CANCELLED;
    }
    if (shipped >= open) {
      return PlatformOrderStatus.SHIPPED;
    }
    if (shipped > 0) {
      return PlatformOrderStatus.PARTIALLY_SHIPPED;
    }
    return created > 0 ? PlatformOrderStatus.PENDING : PlatformOrderStatus.UNSHIPPED;
  }

  /** The channel of a ship node type; see the class documentation. */
  static FulfillmentChannel channel(String shipNodeType) {
    return switch (normalized(shipNodeType)) {
      case "sellerfulfilled", "3plfulfilled" -> FulfillmentChannel.MERCHANT;
      default -> FulfillmentChannel.PLATFORM;
    };
  }

  /** The statuses of a line's units (none if it reports none). */
  static List<LineStatus> statuses(WalmartWire.OrderLine line) {
    List<@Nullable LineStatus> list = line.orderLineStatuses() == null ? null : line.orderLineStatuses().orderLineStatus();
    List<LineStatus> result = new ArrayList<>();
    if (list != null) {
      for (LineStatus s : list) {
        if (s != null) {
          result.add(s);
        }
      }
    }
    return result;
  }

  static String normalized(@Nullable String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static long units(LineStatus s) {
    BigDecimal amount = s.statusQuantity() == null ? null : s.statusQuantity().amount();
    return amount == null || amount.signum() <= 0 ? 1 : amount.longValue();
  }

  private static @Nullable OrderLine line(WalmartWire.OrderLine line, Currency currency, String path, Wire wire) {
    BigDecimal quantityAmount = line.orderLineQuantity() == null ? null : line.orderLineQuantity().amount();
    quantityAmount = wire.require(quantityAmount, path + ".orderLineQuantity.amount");
    long quantity;
    try {
      quantity = quantityAmount.longValueExact();
    } catch (ArithmeticException e) {
      throw wire.invalid(path + ".orderLineQuantity.amount", "is not a whole number", e);
    }
    if (quantity < 0) {
      throw wire.invalid(path + ".orderLineQuantity.amount", "is negative", null);
    }
    if (quantity == 0) {
      return null;
    }
    String lineId = wire.text(line.lineNumber(), path + ".lineNumber");
    String sku = wire.text(line.item() == null ? null : line.item().sku(), path + ".item.sku");
    List<@Nullable Charge> charges = line.charges() == null ? null : line.charges().charge();
    charges = wire.require(charges, path + ".charges.charge");
    Money product = null;
    Money zero = Money.zero(currency);
    Money shipping = zero;
    Money tax = zero;
    Money discount = zero;
    for (int i = 0; i < charges.size(); i++) {
      String chargePath = path + ".charges.charge[" + i + "]";
      Charge charge = wire.require(charges.get(i), chargePath);
      Money amount = wire.money(charge.chargeAmount(), currency, chargePath + ".chargeAmount");
      if (charge.tax() != null && charge.tax().taxAmount() != null) {
        tax = tax.plus(wire.money(charge.tax().taxAmount(), currency, chargePath + ".tax.taxAmount").abs());
      }
      if (amount.isNegative()) {
        discount = discount.plus(amount.abs());
        continue;
      }
      switch (normalized(charge.chargeType())) {
        case "product" -> product = product == null ? amount : product.plus(amount);
        case "shipping" -> shipping = shipping.plus(amount);
        default -> { }
      }
    }
    if (product == null) {
      throw wire.missing(path + ".charges.charge[chargeType=PRODUCT]");
    }
    BigDecimal unit =
        product.amount().divide(BigDecimal.valueOf(quantity), currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    Money unitPrice = Money.rounded(unit, currency, RoundingMode.HALF_EVEN);
    try {
      return new OrderLine(lineId, SkuCode.of(sku), Quantity.of(quantity), unitPrice, tax, shipping, discount);
    } catch (InvalidInputException e) {
      throw wire.invalid(path + "." + e.field(), "is not valid", e);
    }
  }

  /** The currency of the first charge amount: the order's currency. */
  private static Currency currency(List<WalmartWire.@Nullable OrderLine> lines, String prefix, Wire wire) {
    for (int i = 0; i < lines.size(); i++) {
      WalmartWire.OrderLine line = lines.get(i);
      List<@Nullable Charge> charges = line == null || line.charges() == null ? null : line.charges().charge();
      if (charges == null) {
        continue;
      }
      for (int j = 0; j < charges.size(); j++) {
        Charge c = charges.get(j);
        if (c != null && c.chargeAmount() != null) {
          return wire.currency(c.chargeAmount().currency(),
              prefix + ".orderLines.orderLine[" + i + "].charges.charge[" + j + "].chargeAmount.currency");
        }
      }
    }
    throw wire.missing(prefix + ".orderLines.orderLine[0].charges.charge[0].chargeAmount");
  }

  private static String countryCode(String code, String field, Wire wire) {
    String upper = code.toUpperCase(Locale.ROOT);
    String alpha2 = upper.length() == 3 ? ALPHA3.get(upper) : upper;
    if (alpha2 == null) {
      throw wire.invalid(field, "is not an ISO 3166 country code", null);
    }
    return alpha2;
  }

  private static @Nullable BuyerDetails buyer(Order o, PostalAddress address, String country) {
    String name = blankToNull(address.name());
    if (name == null || blankToNull(address.address1()) == null || blankToNull(address.city()) == null) {
      return null;
    }
    try {
      Address shipTo = new Address(name, address.address1().strip(), blankToNull(address.address2()),
          address.city().strip(), blankToNull(address.state()), blankToNull(address.postalCode()), country);
      String phone = o.shippingInfo() == null ? null : blankToNull(o.shippingInfo().phone());
      return new BuyerDetails(name, blankToNull(o.customerEmailId()), phone, shipTo);
    } catch (InvalidInputException e) {
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Map<String, String> alpha3() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      map.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    return Map.copyOf(map);
  }

  /**
   * The checks of one answer's mapping: a missing or unreadable field becomes a {@link
   * MalformedResponseException} naming the operation and the field's JSON path, never the value.
   */
  record Wire(String operation) {
    MalformedResponseException missing(String field) {
      return invalid(field, "is missing", null);
    }

    MalformedResponseException invalid(String field, String problem, @Nullable Throwable cause) {
      return new MalformedResponseException(PlatformId.WALMART, operation, field, problem, 200, cause);
    }

    <T> T require(@Nullable T value, String field) {
      if (value == null) {
        throw missing(field);
      }
      return value;
    }

    String text(@Nullable String value, String field) {
      if (value == null || value.isBlank()) {
        throw missing(field);
      }
      return value.strip();
    }

    Currency currency(@Nullable String code, String field) {
      try {
        Currency currency = Currency.getInstance(text(code, field));
        if (currency.getDefaultFractionDigits() < 0) {
          throw invalid(field, "is not a currency with a minor unit", null);
        }
        return currency;
      } catch (IllegalArgumentException e) {
        throw invalid(field, "is not an ISO 4217 currency code", e);
      }
    }

    /** The amount at {@code field} in {@code expected}, rounded half-even to the minor unit. */
    Money money(@Nullable Amount amount, Currency expected, String field) {
      Amount a = require(amount, field);
      Currency currency = currency(a.currency(), field + ".currency");
      if (!currency.equals(expected)) {
        throw invalid(field + ".currency", "differs from the order currency " + expected, null);
      }
      BigDecimal value = require(a.amount(), field + ".amount");
      if (value.precision() - value.scale() > 18) {
        throw invalid(field + ".amount", "is too large", null);
      }
      return Money.rounded(value, currency, RoundingMode.HALF_EVEN);
    }
  }
}
