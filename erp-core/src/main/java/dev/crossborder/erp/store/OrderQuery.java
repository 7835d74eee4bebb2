package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A filter over orders for host UIs and batch jobs; results are ordered by purchase time, then
 * id. Immutable; build it with the {@code with…} methods starting from {@link #all()}.
 *
 * @param statuses the statuses to include; empty means all
 * @param shop only this shop, or {@code null} for all
 * @param purchasedFrom purchased at or after this instant, or {@code null}
 * @param purchasedBefore purchased before this instant, or {@code null}
 */
public record OrderQuery(
    Set<OrderStatus> statuses,
    @Nullable ShopId shop,
    @Nullable Instant purchasedFrom,
    @Nullable Instant purchasedBefore) {

  /** Validates the window and copies the statuses. */
  public OrderQuery {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    if (purchasedFrom != null && purchasedBefore != null && !purchasedFrom.isBefore(purchasedBefore)) {
      throw new InvalidInputException(
          "purchasedBefore", purchasedBefore, "must be after purchasedFrom " + purchasedFrom);
    }
  }

  /** Every order of the tenant. */
  public static OrderQuery all() {
    return new OrderQuery(Set.of(), null, null, null);
  }

  /** This query restricted to {@code statuses}. */
  public OrderQuery withStatuses(OrderStatus first, OrderStatus... more) {
    return new OrderQuery(EnumSet.of(first, more), shop, purchasedFrom, purchasedBefore);
  }

  /** This query restricted to one shop. */
  public OrderQuery withShop(ShopId shop) {
    return new OrderQuery(statuses, shop, purchasedFrom, purchasedBefore);
  }

  /** This query restricted to orders purchased in [{@code from}, {@code before}). */
  public OrderQuery purchasedBetween(Instant from, Instant before) {
    return new OrderQuery(statuses, shop, from, before);
  }

  /** Whether {@code status}, {@code shop} and {@code purchasedAt} pass this filter. */
  public boolean matches(OrderStatus status, ShopId shopId, Instant purchasedAt) {
    return (statuses.isEmpty() || statuses.contains(status))
        && (shop == null || shop.equals(shopId))
        && (purchasedFrom == null || !purchasedAt.isBefore(purchasedFrom))
        && (purchasedBefore == null || purchasedAt.isBefore(purchasedBefore));
  }
}
