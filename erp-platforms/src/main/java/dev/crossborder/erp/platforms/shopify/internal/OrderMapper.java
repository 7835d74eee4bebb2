package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.Address;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.FulfillmentOrder;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.LineItem;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.Order;
import dev.crossborder.erp.shop.ShopId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps an Admin GraphQL {@code Order} to a {@link PlatformOrder}. Decisions:
 *
 * <ul>
 *   <li>The platform order id and line ids are the numeric tails of Shopify's global ids.
 *   <li>Amounts are the shop-currency side of each {@code MoneyBag}; the unit price is {@code
 *       originalUnitPriceSet}, tax the sum of the line's {@code taxLines}, discount the sum of its
 *       {@code discountAllocations}. Shopify charges shipping per order, so the order's {@code
 *       totalShippingPriceSet} is carried by the first line and the others carry none.
 *   <li>Status: cancelled → {@code CANCELLED}; else {@code FULFILLED} → {@code SHIPPED}, {@code
 *       PARTIALLY_FULFILLED} → {@code PARTIALLY_SHIPPED}; else payment {@code PENDING}, {@code
 *       EXPIRED} or {@code VOIDED}, or fulfilment {@code ON_HOLD} or {@code SCHEDULED} → {@code
 *       PENDING}; else a known open fulfilment status → {@code UNSHIPPED}; anything else → {@code
 *       OTHER}. Unknown values never fail a read.
 *   <li>Channel: {@code PLATFORM} when every fulfilment order is assigned to a location of a
 *       third-party fulfilment service (the SDK must not ship those), else {@code MERCHANT}.
 *   <li>Destination: the shipping address's country and province, else the billing address's.
 *       Buyer personal data is not read (Shopify's protected customer data needs its own approval).
 *   <li>Platform fees are not part of the order object: zero.
 *   <li>Lines of quantity 0 are skipped; a line without SKU is an error naming it (a line that
 *       cannot be reserved must not vanish). The order's lines must all be read (see {@link
 *       ShopifyOrderSource}).
 * </ul>
 */
final class OrderMapper {
  private static final Fields FIELDS = new Fields(Operation.ORDERS.operationName());

  private OrderMapper() {}

  /** Maps {@code order}, the {@code index}th node of a page, for shop {@code shopId}. */
  static PlatformOrder map(ShopId shopId, Order order, int index) {
    String at = "orders.nodes[" + index + "]";
    String id = GraphQl.tail(FIELDS.text(order.id(), at + ".id"));
    Currency currency = FIELDS.currency(order.currencyCode(), at + ".currencyCode");
    OrdersWire.Connection<LineItem> connection = FIELDS.require(order.lineItems(), at + ".lineItems");
    if (connection.pageInfo() != null && Boolean.TRUE.equals(connection.pageInfo().hasNextPage())) {
      throw FIELDS.invalid(at + ".lineItems", "says more lines follow; read them all first", null);
    }
    List<LineItem> items = FIELDS.require(connection.nodes(), at + ".lineItems.nodes");
    Money shipping = order.totalShippingPriceSet() == null
        ? Money.zero(currency)
        : FIELDS.money(order.totalShippingPriceSet(), currency, at + ".totalShippingPriceSet");
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      LineItem item = FIELDS.require(items.get(i), at + ".lineItems.nodes[" + i + "]");
      OrderLine line = line(item, currency, lines.isEmpty() ? shipping : Money.zero(currency), at + ".lineItems.nodes[" + i + "]");
      if (line != null) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw FIELDS.invalid(at + ".lineItems", "has no line with a quantity", null);
    }
    return new PlatformOrder(
        shopId,
        id,
        status(order),
        channel(order.fulfillmentOrders()),
        FIELDS.require(order.createdAt(), at + ".createdAt"),
        FIELDS.require(order.updatedAt(), at + ".updatedAt"),
        currency,
        lines,
        Money.zero(currency),
        destination(order, at),
        null);
  }

  private static @Nullable OrderLine line(LineItem item, Currency currency, Money shipping, String at) {
    long quantity = FIELDS.require(item.quantity(), at + ".quantity");
    if (quantity <= 0) {
      return null;
    }
    String sku = FIELDS.text(item.sku(), at + ".sku");
    Money tax = Money.zero(currency);
    List<OrdersWire.TaxLine> taxLines = item.taxLines() == null ? List.of() : item.taxLines();
    for (int i = 0; i < taxLines.size(); i++) {
      OrdersWire.TaxLine taxLine = FIELDS.require(taxLines.get(i), at + ".taxLines[" + i + "]");
      tax = tax.plus(FIELDS.money(taxLine.priceSet(), currency, at + ".taxLines[" + i + "].priceSet"));
    }
    Money discount = Money.zero(currency);
    List<OrdersWire.DiscountAllocation> allocations = item.discountAllocations() == null ? List.of() : item.discountAllocations();
    for (int i = 0; i < allocations.size(); i++) {
      OrdersWire.DiscountAllocation allocation = FIELDS.require(allocations.get(i), at + ".discountAllocations[" + i + "]");
      discount = discount.plus(FIELDS.money(allocation.allocatedAmountSet(), currency,
          at + ".discountAllocations[" + i + "].allocatedAmountSet"));
    }
    try {
      return new OrderLine(
          GraphQl.tail(FIELDS.text(item.id(), at + ".id")),
          SkuCode.of(sku),
          Quantity.of(quantity),
          FIELDS.money(item.originalUnitPriceSet(), currency, at + ".originalUnitPriceSet"),
          tax.abs(),
          shipping,
          discount.abs());
    } catch (InvalidInputException e) {
      throw FIELDS.invalid(at + "." + e.field(), "is not valid", null);
    }
  }

  /** The SDK status of {@code order}; see the class documentation. */
  static PlatformOrderStatus status(Order order) {
    if (order.cancelledAt() != null) {
      return PlatformOrderStatus.CANCELLED;
    }
    String fulfillment = order.displayFulfillmentStatus() == null ? "" : order.displayFulfillmentStatus().strip();
    String financial = order.displayFinancialStatus() == null ? "" : order.displayFinancialStatus().strip();
    return switch (fulfillment) {
      case "FULFILLED" -> PlatformOrderStatus.SHIPPED;
      case "PARTIALLY_FULFILLED" -> PlatformOrderStatus.PARTIALLY_SHIPPED;
      case "ON_HOLD", "SCHEDULED" -> PlatformOrderStatus.PENDING;
      case "UNFULFILLED", "OPEN", "IN_PROGRESS", "PENDING_FULFILLMENT", "REQUEST_DECLINED" -> switch (financial) {
        case "PENDING", "EXPIRED", "VOIDED" -> PlatformOrderStatus.PENDING;
        case "PAID", "PARTIALLY_PAID", "AUTHORIZED", "PARTIALLY_REFUNDED", "REFUNDED" -> PlatformOrderStatus.UNSHIPPED;
        default -> PlatformOrderStatus.OTHER;
      };
      default -> PlatformOrderStatus.OTHER;
    };
  }

  private static FulfillmentChannel channel(OrdersWire.@Nullable Connection<FulfillmentOrder> fulfillmentOrders) {
    List<FulfillmentOrder> nodes = fulfillmentOrders == null || fulfillmentOrders.nodes() == null ? List.of() : fulfillmentOrders.nodes();
    boolean thirdParty = !nodes.isEmpty() && nodes.stream().allMatch(fo -> fo != null
        && fo.assignedLocation() != null
        && fo.assignedLocation().location() != null
        && fo.assignedLocation().location().fulfillmentService() != null
        && "THIRD_PARTY".equals(fo.assignedLocation().location().fulfillmentService().type()));
    return thirdParty ? FulfillmentChannel.PLATFORM : FulfillmentChannel.MERCHANT;
  }

  private static Destination destination(Order order, String at) {
    boolean shipping = order.shippingAddress() != null && order.shippingAddress().countryCodeV2() != null;
    Address address = shipping ? order.shippingAddress() : order.billingAddress();
    String field = at + (shipping ? ".shippingAddress" : ".billingAddress");
    if (address == null) {
      throw FIELDS.invalid(at + ".shippingAddress", "is missing (and so is billingAddress)", null);
    }
    try {
      return new Destination(FIELDS.text(address.countryCodeV2(), field + ".countryCodeV2"), address.provinceCode());
    } catch (InvalidInputException e) {
      throw FIELDS.invalid(field + ".countryCodeV2", "is not an ISO 3166 alpha-2 code", null);
    }
  }
}
