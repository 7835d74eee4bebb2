package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync repository of one in-memory session. The fencing check reads the lease as this session
 * sees it and registers a precondition that the committed lease still carries the token at commit;
 * a takeover in between makes the commit conflict, and the retried callback then finds the new
 * token and is refused.
 */
final class MemorySyncRepository implements SyncRepository {
  private static final char SEP = '\u0000';

  private final MemorySession s;
  private final TenantTables t;

  MemorySyncRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public Optional<SyncCheckpoint> checkpoint(ShopId shop, String stream) {
    return Optional.ofNullable(s.get(t.checkpoints, key(shop, stream)));
  }

  @Override
  public void saveCheckpoint(SyncCheckpoint checkpoint, Lease lease) {
    requireNonNull(checkpoint, "checkpoint == null");
    requireNonNull(lease, "lease == null");
    new MemoryLeaseRepository(s).fence(lease);
    s.put(t.checkpoints, key(checkpoint.shop(), checkpoint.stream()), checkpoint);
  }

  @Override
  public void quarantine(QuarantinedItem item) {
    requireNonNull(item, "item == null");
    s.put(t.quarantine, key(item.shop(), item.stream()) + SEP + item.itemId(), item);
  }

  @Override
  public boolean release(ShopId shop, String stream, String itemId) {
    String key = key(shop, stream) + SEP + requireNonNull(itemId, "itemId == null");
    if (s.get(t.quarantine, key) == null) {
      return false;
    }
    s.remove(t.quarantine, key);
    return true;
  }

  @Override
  public List<QuarantinedItem> quarantined(ShopId shop, String stream, int limit) {
    String prefix = key(shop, stream) + SEP;
    return s
        .scan(t.quarantine, prefix, prefix + '\uffff', (k, v) -> true, limit)
        .stream()
        .map(Map.Entry::getValue)
        .toList();
  }

  private static String key(ShopId shop, String stream) {
    return requireNonNull(shop, "shop == null").value() + SEP + requireNonNull(stream, "stream == null");
  }
}
