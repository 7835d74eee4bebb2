package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;

/**
 * The profit of one order line, in the shop's currency and in the tenant's base currency, with the
 * rates used. Order-level amounts (fees, the label cost) are split over the lines by revenue (by
 * units when there is none) without losing a minor unit. Immutable.
 *
 * @param orderId the order
 * @param shopId its shop
 * @param kind estimate or actual
 * @param lineId the order line
 * @param sku the SKU
 * @param quantity units shipped
 * @param uncostedUnits units shipped that had no cost layer (counted at zero cost)
 * @param shippedAt when the profit was estimated (the shipment); the period the line counts in
 * @param shop the figures in the shop's currency
 * @param base the figures in the base currency: the shop figures converted with {@code shopToBase},
 *     except landed cost, which is held in the base currency and converted to the shop's with
 *     {@code baseToShop}
 * @param shopToBase the rate from the shop's currency to the base currency
 * @param baseToShop the rate from the base currency to the shop's
 */
public record ProfitLine(
    OrderId orderId,
    ShopId shopId,
    ProfitKind kind,
    String lineId,
    SkuCode sku,
    long quantity,
    long uncostedUnits,
    Instant shippedAt,
    ProfitFigures shop,
    ProfitFigures base,
    ExchangeRate shopToBase,
    ExchangeRate baseToShop) {

  /** Validates every field. */
  public ProfitLine {
    Checks.present("orderId", orderId);
    Checks.present("shopId", shopId);
    Checks.present("kind", kind);
    Checks.text("lineId", lineId, 100);
    Checks.present("sku", sku);
    Checks.nonNegative("quantity", quantity);
    Checks.nonNegative("uncostedUnits", uncostedUnits);
    Checks.present("shippedAt", shippedAt);
    Checks.present("shop", shop);
    Checks.present("base", base);
    Checks.present("shopToBase", shopToBase);
    Checks.present("baseToShop", baseToShop);
  }
}
