package dev.crossborder.erp.store.memory;

import java.time.Instant;
import java.util.Comparator;

/** The composite keys of the in-memory tables. */
final class Keys {
  private Keys() {}

  /** (SKU code, warehouse id). */
  record Level(String sku, String warehouse) implements Comparable<Level> {
    // Written out, not Comparator.comparing(...): these keys are compared on every stock read
    // and commit (skip-list look-ups), and the composed comparator was a hot spot in the profile.
    @Override
    public int compareTo(Level o) {
      int c = sku.compareTo(o.sku);
      return c != 0 ? c : warehouse.compareTo(o.warehouse);
    }
  }

  /** (SKU code, warehouse id, ledger sequence). */
  record Ledger(String sku, String warehouse, long seq) implements Comparable<Ledger> {
    @Override
    public int compareTo(Ledger o) {
      int c = sku.compareTo(o.sku);
      if (c == 0) {
        c = warehouse.compareTo(o.warehouse);
      }
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  /** (purchase time, order id): the order of order listings. */
  record OrderTime(Instant purchasedAt, String orderId) implements Comparable<OrderTime> {
    private static final Comparator<OrderTime> ORDER =
        Comparator.comparing(OrderTime::purchasedAt).thenComparing(OrderTime::orderId);

    @Override
    public int compareTo(OrderTime o) {
      return ORDER.compare(this, o);
    }
  }

  /** (listener, outbox position). */
  record Delivery(String listener, long position) implements Comparable<Delivery> {
    private static final Comparator<Delivery> ORDER =
        Comparator.comparing(Delivery::listener).thenComparingLong(Delivery::position);

    @Override
    public int compareTo(Delivery o) {
      return ORDER.compare(this, o);
    }
  }

  /** (shop id, seller SKU): the key of listings and of the pairing table, in listing order. */
  record ShopSku(String shop, String sellerSku) implements Comparable<ShopSku> {
    private static final Comparator<ShopSku> ORDER =
        Comparator.comparing(ShopSku::shop).thenComparing(ShopSku::sellerSku);

    @Override
    public int compareTo(ShopSku o) {
      return ORDER.compare(this, o);
    }
  }

  /** (SKU code, shop id, seller SKU): the listings paired with a SKU, in listing order. */
  record SkuListing(String sku, String shop, String sellerSku) implements Comparable<SkuListing> {
    private static final Comparator<SkuListing> ORDER =
        Comparator.comparing(SkuListing::sku)
            .thenComparing(SkuListing::shop)
            .thenComparing(SkuListing::sellerSku);

    @Override
    public int compareTo(SkuListing o) {
      return ORDER.compare(this, o);
    }
  }
}
