package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.QueuedPush;
import dev.crossborder.erp.store.StockPushQueueRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stock push queue of one in-memory session, keyed by (shop, seller SKU). Every write registers
 * a precondition on the entry it read, so of two transactions queueing or removing one listing at
 * once the second commit is refused and retried.
 */
final class MemoryStockPushQueueRepository implements StockPushQueueRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryStockPushQueueRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void mark(ShopId shop, String sellerSku, Instant now) {
    Keys.ShopSku key = key(shop, sellerSku);
    QueuedPush current = s.get(t.pushQueue, key);
    long seq = current == null ? 1 : current.seq() + 1;
    s.put(t.pushQueue, key, new QueuedPush(shop, sellerSku, seq, requireNonNull(now, "now == null")));
    unchangedAtCommit(key, current);
  }

  @Override
  public List<QueuedPush> pending(ShopId shop, @Nullable String afterSellerSku, int limit) {
    String id = requireNonNull(shop, "shop == null").value();
    Keys.ShopSku after = new Keys.ShopSku(id, afterSellerSku == null ? "" : afterSellerSku);
    Keys.ShopSku until = new Keys.ShopSku(id + "\0", "");
    return s.scan(t.pushQueue, after, until, (k, v) -> k.shop().equals(id), limit).stream()
        .map(Map.Entry::getValue)
        .toList();
  }

  @Override
  public boolean remove(QueuedPush entry) {
    Keys.ShopSku key = key(entry.shop(), entry.sellerSku());
    QueuedPush current = s.get(t.pushQueue, key);
    if (current == null || current.seq() != entry.seq()) {
      return false;
    }
    s.remove(t.pushQueue, key);
    unchangedAtCommit(key, current);
    return true;
  }

  private void unchangedAtCommit(Keys.ShopSku key, QueuedPush read) {
    s.precondition(() -> Objects.equals(t.pushQueue.committed.get(key), read) ? null : "stock push queue " + key);
  }

  private static Keys.ShopSku key(ShopId shop, String sellerSku) {
    return new Keys.ShopSku(requireNonNull(shop, "shop == null").value(), requireNonNull(sellerSku, "sellerSku == null"));
  }
}
