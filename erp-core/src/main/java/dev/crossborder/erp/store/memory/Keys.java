package dev.crossborder.erp.store.memory;

import java.time.Instant;
import java.util.Comparator;

/** The composite keys of the in-memory tables. */
final class Keys {
  private Keys() {}

  /** (SKU code, warehouse id). */
  record Level(String sku, String warehouse) implements Comparable<Level> {
    private static final Comparator<Level> ORDER =
        Comparator.comparing(Level::sku).thenComparing(Level::warehouse);

    @Override
    public int compareTo(Level o) {
      return ORDER.compare(this, o);
    }
  }

  /** (SKU code, warehouse id, ledger sequence). */
  record Ledger(String sku, String warehouse, long seq) implements Comparable<Ledger> {
    private static final Comparator<Ledger> ORDER =
        Comparator.comparing(Ledger::sku).thenComparing(Ledger::warehouse).thenComparingLong(Ledger::seq);

    @Override
    public int compareTo(Ledger o) {
      return ORDER.compare(this, o);
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
}
