package dev.crossborder.erp.store;

import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.shop.ShopId;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A filter over listings; results are ordered by shop id, then seller SKU. Immutable; build it
 * with the {@code with…} methods starting from {@link #all()}.
 *
 * @param shop only this shop, or {@code null} for all
 * @param statuses the statuses to include; empty means all
 * @param pendingOnly only listings with a pending submission ({@link
 *     dev.crossborder.erp.listing.Listing#isPending()})
 */
public record ListingQuery(@Nullable ShopId shop, Set<ListingStatus> statuses, boolean pendingOnly) {

  /** Copies the statuses. */
  public ListingQuery {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Every listing of the tenant. */
  public static ListingQuery all() {
    return new ListingQuery(null, Set.of(), false);
  }

  /** This query restricted to {@code shop}. */
  public ListingQuery withShop(@Nullable ShopId shop) {
    return new ListingQuery(shop, statuses, pendingOnly);
  }

  /** This query restricted to {@code statuses}. */
  public ListingQuery withStatuses(Set<ListingStatus> statuses) {
    return new ListingQuery(shop, statuses, pendingOnly);
  }

  /** This query restricted to listings with a pending submission. */
  public ListingQuery withPendingOnly() {
    return new ListingQuery(shop, statuses, true);
  }

  /** Whether {@code listing} matches. */
  public boolean matches(dev.crossborder.erp.listing.Listing listing) {
    return (shop == null || shop.equals(listing.shop()))
        && (statuses.isEmpty() || statuses.contains(listing.status()))
        && (!pendingOnly || listing.isPending());
  }
}
