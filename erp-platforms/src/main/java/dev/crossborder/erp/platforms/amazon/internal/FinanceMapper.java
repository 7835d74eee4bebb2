package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.ChargeComponent;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.FeeComponent;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.FinancialEvents;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.ListFinancialEventsResponse;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.Promotion;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.ShipmentEvent;
import dev.crossborder.erp.platforms.amazon.internal.FinancesWire.ShipmentItem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code listFinancialEvents} pages to {@link SettlementEvent}s: every charge, fee and
 * promotion of every shipment item becomes one event (charges and promotions {@code REVENUE}, fees
 * {@code FEE}; everything of a refund event {@code REFUND}). Amazon's events carry no id, so an
 * event's id is built from what identifies it: list, order, posted date, order item, component and
 * its position; reading the same window again yields the same ids. Stateless.
 */
public final class FinanceMapper {
  private FinanceMapper() {}

  /** Maps one page; the cursor is Amazon's {@code NextToken}. */
  public static PlatformPage<SettlementEvent> page(ListFinancialEventsResponse response, WireContext ctx) {
    var payload = ctx.require(response.payload(), "payload");
    List<SettlementEvent> out = new ArrayList<>();
    FinancialEvents events = payload.financialEvents();
    if (events != null) {
      read(events.shipmentEventList(), "ShipmentEventList", false, out, ctx);
      read(events.refundEventList(), "RefundEventList", true, out, ctx);
    }
    return new PlatformPage<>(out, payload.nextToken());
  }

  private static void read(
      @Nullable List<ShipmentEvent> list, String name, boolean refund, List<SettlementEvent> out, WireContext ctx) {
    if (list == null) {
      return;
    }
    for (int e = 0; e < list.size(); e++) {
      String path = "payload.FinancialEvents." + name + "[" + e + "]";
      ShipmentEvent event = ctx.require(list.get(e), path);
      String order = ctx.text(event.amazonOrderId(), path + ".AmazonOrderId");
      String posted = ctx.text(event.postedDate(), path + ".PostedDate");
      Instant at = instant(posted, path + ".PostedDate", ctx);
      List<ShipmentItem> items = refund ? event.shipmentItemAdjustmentList() : event.shipmentItemList();
      if (items == null) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        String ip = path + (refund ? ".ShipmentItemAdjustmentList[" : ".ShipmentItemList[") + i + "]";
        ShipmentItem item = ctx.require(items.get(i), ip);
        String itemId = item.orderItemId() == null ? Integer.toString(i) : item.orderItemId();
        String base = name + "|" + order + "|" + posted + "|" + itemId + "|";
        List<ChargeComponent> charges = refund ? item.itemChargeAdjustmentList() : item.itemChargeList();
        List<FeeComponent> fees = refund ? item.itemFeeAdjustmentList() : item.itemFeeList();
        List<Promotion> promotions = item.promotionList();
        Item components = new Item(base, order, at, out, ctx);
        components.add(parts(charges, c -> new Part(c.chargeType(), c.chargeAmount())),
            ip + (refund ? ".ItemChargeAdjustmentList[" : ".ItemChargeList["), "Charge", "C",
            refund ? SettlementEvent.Kind.REFUND : SettlementEvent.Kind.REVENUE);
        components.add(parts(fees, f -> new Part(f.feeType(), f.feeAmount())),
            ip + (refund ? ".ItemFeeAdjustmentList[" : ".ItemFeeList["), "Fee", "F",
            refund ? SettlementEvent.Kind.REFUND : SettlementEvent.Kind.FEE);
        components.add(parts(promotions, p -> new Part(p.promotionType(), p.promotionAmount())),
            ip + ".PromotionList[", "Promotion", "P",
            refund ? SettlementEvent.Kind.REFUND : SettlementEvent.Kind.REVENUE);
      }
    }
  }

  /** A charge, fee or promotion: its type and amount. */
  private record Part(@Nullable String type, FinancesWire.@Nullable Currency amount) {}

  private static <T> List<@Nullable Part> parts(@Nullable List<T> list, Function<T, Part> part) {
    List<@Nullable Part> out = new ArrayList<>();
    if (list != null) {
      for (T element : list) {
        out.add(element == null ? null : part.apply(element));
      }
    }
    return out;
  }

  /** The events of one shipment item, with what identifies it. */
  private record Item(String base, String order, Instant at, List<SettlementEvent> out, WireContext ctx) {
    void add(List<@Nullable Part> parts, String path, String name, String letter, SettlementEvent.Kind kind) {
      for (int i = 0; i < parts.size(); i++) {
        String p = path + i + "]";
        Part part = ctx.require(parts.get(i), p);
        String type = ctx.text(part.type(), p + "." + name + "Type");
        out.add(new SettlementEvent(base + letter + i + "|" + type, order, at, kind, type,
            money(part.amount(), p + "." + name + "Amount", ctx)));
      }
    }
  }

  private static Money money(FinancesWire.@Nullable Currency amount, String field, WireContext ctx) {
    FinancesWire.Currency m = ctx.require(amount, field);
    return ctx.toMoney(ctx.require(m.currencyAmount(), field + ".CurrencyAmount"),
        ctx.currency(m.currencyCode(), field + ".CurrencyCode"), field + ".CurrencyAmount");
  }

  private static Instant instant(String text, String field, WireContext ctx) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ctx.invalid(field, "is not an ISO 8601 date-time", e);
    }
  }
}
