package dev.crossborder.erp.finance;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.List;

/**
 * One profit figure of an order (the estimate or the actual) with its lines; the totals are the
 * sums of the lines. Immutable.
 *
 * @param orderId the order
 * @param shopId its shop
 * @param kind estimate or actual
 * @param shippedAt when it shipped
 * @param lines one per order line, in the order's line order; never empty
 */
public record OrderProfit(OrderId orderId, ShopId shopId, ProfitKind kind, Instant shippedAt, List<ProfitLine> lines) {

  /** Requires at least one line. */
  public OrderProfit {
    Checks.present("orderId", orderId);
    Checks.present("shopId", shopId);
    Checks.present("kind", kind);
    Checks.present("shippedAt", shippedAt);
    lines = List.copyOf(Checks.notEmpty("lines", lines));
  }

  /** The totals in the shop's currency. */
  public ProfitFigures shop() {
    return lines.stream().map(ProfitLine::shop).reduce(ProfitFigures::plus).orElseThrow();
  }

  /** The totals in the base currency. */
  public ProfitFigures base() {
    return lines.stream().map(ProfitLine::base).reduce(ProfitFigures::plus).orElseThrow();
  }

  /** The rate from the shop's currency to the base currency that was used. */
  public ExchangeRate shopToBase() {
    return lines.get(0).shopToBase();
  }

  /** The rate from the base currency to the shop's currency that was used. */
  public ExchangeRate baseToShop() {
    return lines.get(0).baseToShop();
  }
}
