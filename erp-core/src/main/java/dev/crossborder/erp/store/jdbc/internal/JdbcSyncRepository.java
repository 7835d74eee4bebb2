package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoints in {@code erp_sync_checkpoint} and quarantined items in {@code erp_sync_quarantine}.
 * The fencing check locks the lease row ({@code SELECT ... FOR UPDATE}) and compares its token, so
 * a takeover waits for this transaction and the checkpoint it writes was written under the token
 * it names. Bound to one session; not thread-safe.
 */
final class JdbcSyncRepository implements SyncRepository {
  private final JdbcSession s;

  JdbcSyncRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<SyncCheckpoint> checkpoint(ShopId shop, String stream) {
    requireNonNull(shop, "shop == null");
    requireNonNull(stream, "stream == null");
    return s.queryOne(
        "sync checkpoint",
        "SELECT watermark, window_from, window_to, cursor_text FROM erp_sync_checkpoint"
            + " WHERE tenant_id = ? AND shop_id = ? AND stream = ?",
        rs ->
            new SyncCheckpoint(
                shop,
                stream,
                JdbcSession.instant(rs, "watermark"),
                JdbcSession.instantOrNull(rs, "window_from"),
                JdbcSession.instantOrNull(rs, "window_to"),
                rs.getString("cursor_text")),
        s.tenantId(),
        shop.value(),
        stream);
  }

  @Override
  public void saveCheckpoint(SyncCheckpoint c, Lease lease) {
    requireNonNull(c, "checkpoint == null");
    requireNonNull(lease, "lease == null");
    new JdbcLeaseRepository(s).fence(lease);
    Object from = JdbcSession.nullableInstant(c.windowFrom());
    Object to = JdbcSession.nullableInstant(c.windowTo());
    Object cursor = JdbcSession.nullableText(c.cursor());
    Upserts.updateOrInsert(
        s,
        "sync checkpoint",
        "UPDATE erp_sync_checkpoint SET watermark = ?, window_from = ?, window_to = ?,"
            + " cursor_text = ?, lease_token = ? WHERE tenant_id = ? AND shop_id = ? AND stream = ?",
        new Object[] {
          c.watermark(), from, to, cursor, lease.token(), s.tenantId(), c.shop().value(), c.stream()
        },
        "INSERT INTO erp_sync_checkpoint (tenant_id, shop_id, stream, watermark, window_from,"
            + " window_to, cursor_text, lease_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        new Object[] {
          s.tenantId(), c.shop().value(), c.stream(), c.watermark(), from, to, cursor, lease.token()
        });
  }

  @Override
  public void quarantine(QuarantinedItem item) {
    requireNonNull(item, "item == null");
    Upserts.updateOrInsert(
        s,
        "sync quarantine",
        "UPDATE erp_sync_quarantine SET error = ?, quarantined_at = ?"
            + " WHERE tenant_id = ? AND shop_id = ? AND stream = ? AND item_id = ?",
        new Object[] {
          item.error(),
          item.quarantinedAt(),
          s.tenantId(),
          item.shop().value(),
          item.stream(),
          item.itemId()
        },
        "INSERT INTO erp_sync_quarantine (tenant_id, shop_id, stream, item_id, error,"
            + " quarantined_at) VALUES (?, ?, ?, ?, ?, ?)",
        new Object[] {
          s.tenantId(),
          item.shop().value(),
          item.stream(),
          item.itemId(),
          item.error(),
          item.quarantinedAt()
        });
  }

  @Override
  public boolean release(ShopId shop, String stream, String itemId) {
    requireNonNull(shop, "shop == null");
    return s.update(
            "sync quarantine",
            "DELETE FROM erp_sync_quarantine"
                + " WHERE tenant_id = ? AND shop_id = ? AND stream = ? AND item_id = ?",
            s.tenantId(),
            shop.value(),
            requireNonNull(stream, "stream == null"),
            requireNonNull(itemId, "itemId == null"))
        > 0;
  }

  @Override
  public List<QuarantinedItem> quarantined(ShopId shop, String stream, int limit) {
    requireNonNull(shop, "shop == null");
    requireNonNull(stream, "stream == null");
    return s.query(
        "sync quarantine",
        "SELECT item_id, error, quarantined_at FROM erp_sync_quarantine"
            + " WHERE tenant_id = ? AND shop_id = ? AND stream = ? ORDER BY item_id LIMIT ?",
        rs ->
            new QuarantinedItem(
                shop,
                stream,
                rs.getString("item_id"),
                rs.getString("error"),
                JdbcSession.instant(rs, "quarantined_at")),
        s.tenantId(),
        shop.value(),
        stream,
        limit);
  }
}
