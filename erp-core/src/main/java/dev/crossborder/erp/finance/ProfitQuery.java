package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which profit lines to list: one kind, optionally narrowed to an order, a SKU, a shop and a period
 * of shipment ({@code from} inclusive, {@code to} exclusive). Immutable; build with {@link
 * #of(ProfitKind)} and the {@code with…} methods.
 *
 * @param kind estimate or actual
 * @param orderId only this order, or {@code null}
 * @param sku only this SKU, or {@code null}
 * @param shopId only this shop, or {@code null}
 * @param from shipped at or after, or {@code null}
 * @param to shipped before, or {@code null}
 */
public record ProfitQuery(
    ProfitKind kind,
    @Nullable OrderId orderId,
    @Nullable SkuCode sku,
    @Nullable ShopId shopId,
    @Nullable Instant from,
    @Nullable Instant to) {

  /** Refuses a period whose end is not after its start. */
  public ProfitQuery {
    Checks.present("kind", kind);
    if (from != null && to != null && !to.isAfter(from)) {
      throw new InvalidInputException("to", to, "must be after from " + from);
    }
  }

  /** Every line of {@code kind}. */
  public static ProfitQuery of(ProfitKind kind) {
    return new ProfitQuery(kind, null, null, null, null, null);
  }

  /** Only the lines of {@code order}. */
  public ProfitQuery withOrder(OrderId order) {
    return new ProfitQuery(kind, order, sku, shopId, from, to);
  }

  /** Only the lines of {@code value}. */
  public ProfitQuery withSku(SkuCode value) {
    return new ProfitQuery(kind, orderId, value, shopId, from, to);
  }

  /** Only the lines of {@code shop}. */
  public ProfitQuery withShop(ShopId shop) {
    return new ProfitQuery(kind, orderId, sku, shop, from, to);
  }

  /** Only the lines shipped in [{@code start}, {@code end}). */
  public ProfitQuery withPeriod(Instant start, Instant end) {
    return new ProfitQuery(kind, orderId, sku, shopId, start, end);
  }

  /** Whether {@code line} passes this query. */
  public boolean matches(ProfitLine line) {
    return line.kind() == kind
        && (orderId == null || orderId.equals(line.orderId()))
        && (sku == null || sku.equals(line.sku()))
        && (shopId == null || shopId.equals(line.shopId()))
        && (from == null || !line.shippedAt().isBefore(from))
        && (to == null || line.shippedAt().isBefore(to));
  }
}
