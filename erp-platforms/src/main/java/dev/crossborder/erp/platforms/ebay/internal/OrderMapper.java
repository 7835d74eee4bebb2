package dev.crossborder.erp.platforms.ebay.internal;

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
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Amount;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.LineItem;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Order;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.ShipTo;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Maps a Fulfillment API {@code Order} to a {@link PlatformOrder}. Decisions:
 *
 * <ul>
 *   <li><b>Status</b>: {@code cancelStatus.cancelState} {@code CANCELED} is {@code CANCELLED}, and
 *       {@code IN_PROGRESS} (the buyer asked to cancel) is {@code PENDING}, so nothing ships while
 *       the request is open; an {@code orderPaymentStatus} of {@code PENDING} or {@code FAILED} is
 *       {@code PENDING}; else {@code orderFulfillmentStatus} {@code NOT_STARTED} is {@code
 *       UNSHIPPED}, {@code IN_PROGRESS} {@code PARTIALLY_SHIPPED}, {@code FULFILLED} {@code
 *       SHIPPED}; anything else {@code OTHER}.
 *   <li><b>Channel</b>: {@code program.fulfillmentProgram.fulfilledBy = EBAY} is {@code PLATFORM},
 *       everything else {@code MERCHANT}.
 *   <li><b>Lines</b>: eBay's {@code lineItemCost} is the unit price times the quantity, so the unit
 *       price is their quotient, rounded half-even at the currency's minor unit when not exact; tax
 *       is the sum of {@code taxes[]} (taxes eBay collects and remits itself, {@code
 *       ebayCollectAndRemitTaxes}, never reach the seller and are left out); shipping is {@code
 *       deliveryCost.shippingCost} plus {@code handlingCost}; the discount is the sum of {@code
 *       appliedPromotions[].discountAmount}, taken positive. A line without SKU or quantity is an
 *       error naming the field; lines of quantity 0 are skipped.
 *   <li><b>Fees</b>: {@code totalMarketplaceFee}, zero when eBay reports none.
 *   <li><b>Destination and buyer</b>: from the ship-to of {@code fulfillmentStartInstructions[0]};
 *       the buyer is mapped only when name, first line, city and country are present.
 * </ul>
 *
 * <p>Amounts of any scale are read as decimals; an unknown currency, or one that differs from the
 * order's, is an error naming the field. Stateless.
 */
final class OrderMapper {
  private static final String OPERATION = "getOrders";

  private OrderMapper() {}

  /** Maps {@code order}, the element {@code index} of a page of shop {@code shopId}. */
  static PlatformOrder map(ShopId shopId, Order order, int index) {
    String at = "orders[" + index + "].";
    String orderId = text(order.orderId(), at + "orderId");
    List<LineItem> items = require(order.lineItems(), at + "lineItems");
    Currency currency = null;
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = at + "lineItems[" + i + "].";
      LineItem item = items.get(i);
      Amount cost = require(item.lineItemCost(), field + "lineItemCost");
      if (currency == null) {
        currency = currency(cost.currency(), field + "lineItemCost.currency");
      }
      OrderLine line = line(item, currency, field);
      if (line != null) {
        lines.add(line);
      }
    }
    if (currency == null || lines.isEmpty()) {
      throw invalid(at + "lineItems", "has no line with a quantity", null);
    }
    Money fees = order.totalMarketplaceFee() == null
        ? Money.zero(currency)
        : money(order.totalMarketplaceFee(), currency, at + "totalMarketplaceFee");
    ShipTo shipTo = shipTo(order);
    return new PlatformOrder(
        shopId,
        orderId,
        status(order),
        channel(order),
        require(order.creationDate(), at + "creationDate"),
        require(order.lastModifiedDate(), at + "lastModifiedDate"),
        currency,
        lines,
        fees.abs(),
        destination(shipTo, at + "fulfillmentStartInstructions[0].shippingStep.shipTo.contactAddress.countryCode"),
        buyer(shipTo));
  }

  /** The SDK status of {@code order}; see the class documentation. */
  static PlatformOrderStatus status(Order order) {
    String cancel = upper(order.cancelStatus() == null ? null : order.cancelStatus().cancelState());
    if (cancel.equals("CANCELED") || cancel.equals("CANCELLED")) {
      return PlatformOrderStatus.CANCELLED;
    }
    String payment = upper(order.orderPaymentStatus());
    if (cancel.equals("IN_PROGRESS") || payment.equals("PENDING") || payment.equals("FAILED")) {
      return PlatformOrderStatus.PENDING;
    }
    return switch (upper(order.orderFulfillmentStatus())) {
      case "NOT_STARTED" -> PlatformOrderStatus.UNSHIPPED;
      case "IN_PROGRESS" -> PlatformOrderStatus.PARTIALLY_SHIPPED;
      case "FULFILLED" -> PlatformOrderStatus.SHIPPED;
      default -> PlatformOrderStatus.OTHER;
    };
  }

  private static FulfillmentChannel channel(Order order) {
    boolean byEbay = order.program() != null && order.program().fulfillmentProgram() != null
        && upper(order.program().fulfillmentProgram().fulfilledBy()).equals("EBAY");
    return byEbay ? FulfillmentChannel.PLATFORM : FulfillmentChannel.MERCHANT;
  }

  private static @Nullable OrderLine line(LineItem item, Currency currency, String field) {
    long quantity = require(item.quantity(), field + "quantity");
    if (quantity < 0) {
      throw invalid(field + "quantity", "is negative", null);
    }
    if (quantity == 0) {
      return null;
    }
    String sku = text(item.sku(), field + "sku");
    Money cost = money(item.lineItemCost(), currency, field + "lineItemCost");
    Money unit = Money.rounded(cost.amount().divide(BigDecimal.valueOf(quantity), 10, RoundingMode.HALF_EVEN), currency,
        RoundingMode.HALF_EVEN);
    Money tax = Money.zero(currency);
    List<FulfillmentWire.Tax> taxes = item.taxes() == null ? List.of() : item.taxes();
    for (int i = 0; i < taxes.size(); i++) {
      if (taxes.get(i).amount() != null) {
        tax = tax.plus(money(taxes.get(i).amount(), currency, field + "taxes[" + i + "].amount").abs());
      }
    }
    Money shipping = Money.zero(currency);
    if (item.deliveryCost() != null) {
      if (item.deliveryCost().shippingCost() != null) {
        shipping = shipping.plus(money(item.deliveryCost().shippingCost(), currency, field + "deliveryCost.shippingCost"));
      }
      if (item.deliveryCost().handlingCost() != null) {
        shipping = shipping.plus(money(item.deliveryCost().handlingCost(), currency, field + "deliveryCost.handlingCost"));
      }
    }
    Money discount = Money.zero(currency);
    List<FulfillmentWire.AppliedPromotion> promotions = item.appliedPromotions() == null ? List.of() : item.appliedPromotions();
    for (int i = 0; i < promotions.size(); i++) {
      if (promotions.get(i).discountAmount() != null) {
        discount = discount.plus(
            money(promotions.get(i).discountAmount(), currency, field + "appliedPromotions[" + i + "].discountAmount").abs());
      }
    }
    try {
      return new OrderLine(text(item.lineItemId(), field + "lineItemId"), SkuCode.of(sku), Quantity.of(quantity), unit, tax,
          shipping, discount);
    } catch (InvalidInputException e) {
      throw invalid(field + "lineItemCost", "gives an invalid line (" + e.field() + ")", e);
    }
  }

  private static @Nullable ShipTo shipTo(Order order) {
    if (order.fulfillmentStartInstructions() == null || order.fulfillmentStartInstructions().isEmpty()) {
      return null;
    }
    FulfillmentWire.FulfillmentStartInstruction first = order.fulfillmentStartInstructions().get(0);
    return first.shippingStep() == null ? null : first.shippingStep().shipTo();
  }

  private static Destination destination(@Nullable ShipTo shipTo, String field) {
    FulfillmentWire.Address address = shipTo == null ? null : shipTo.contactAddress();
    String country = text(address == null ? null : address.countryCode(), field);
    try {
      return new Destination(country, address.stateOrProvince());
    } catch (InvalidInputException e) {
      throw invalid(field, "is not an ISO 3166 country code", e);
    }
  }

  private static @Nullable BuyerDetails buyer(@Nullable ShipTo shipTo) {
    FulfillmentWire.Address a = shipTo == null ? null : shipTo.contactAddress();
    if (a == null || blank(shipTo.fullName()) || blank(a.addressLine1()) || blank(a.city()) || blank(a.countryCode())) {
      return null;
    }
    try {
      Address address = new Address(shipTo.fullName(), a.addressLine1(), blank(a.addressLine2()) ? null : a.addressLine2(),
          a.city(), blank(a.stateOrProvince()) ? null : a.stateOrProvince(), blank(a.postalCode()) ? null : a.postalCode(),
          a.countryCode());
      String phone = shipTo.primaryPhone() == null ? null : shipTo.primaryPhone().phoneNumber();
      return new BuyerDetails(shipTo.fullName(), blank(shipTo.email()) ? null : shipTo.email(), blank(phone) ? null : phone,
          address);
    } catch (InvalidInputException e) {
      return null; // buyer data eBay sent in a shape the SDK refuses: the order still imports
    }
  }

  private static Money money(@Nullable Amount amount, Currency expected, String field) {
    Amount a = require(amount, field);
    Currency currency = currency(a.currency(), field + ".currency");
    if (!currency.equals(expected)) {
      throw invalid(field + ".currency", "differs from the order currency " + expected, null);
    }
    BigDecimal value = require(a.value(), field + ".value");
    if (value.precision() - value.scale() > 18) {
      throw invalid(field + ".value", "is too large", null);
    }
    return Money.rounded(value, currency, RoundingMode.HALF_EVEN);
  }

  private static Currency currency(@Nullable String code, String field) {
    String text = text(code, field);
    try {
      Currency currency = Currency.getInstance(text);
      if (currency.getDefaultFractionDigits() < 0) {
        throw invalid(field, "is not a currency with a minor unit", null);
      }
      return currency;
    } catch (IllegalArgumentException e) {
      throw invalid(field, "is not an ISO 4217 currency code", e);
    }
  }

  private static <T> T require(@Nullable T value, String field) {
    if (value == null) {
      throw invalid(field, "is missing", null);
    }
    return value;
  }

  private static String text(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw invalid(field, "is missing", null);
    }
    return value.strip();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  private static MalformedResponseException invalid(String field, String problem, @Nullable Throwable cause) {
    return new MalformedResponseException(PlatformId.EBAY, OPERATION, field, problem, 200, cause);
  }
}
