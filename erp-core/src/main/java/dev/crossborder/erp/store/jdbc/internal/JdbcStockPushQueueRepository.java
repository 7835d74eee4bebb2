package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.QueuedPush;
import dev.crossborder.erp.store.StockPushQueueRepository;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The stock push queue in {@code erp_stock_push_queue} (migration V7). */
final class JdbcStockPushQueueRepository implements StockPushQueueRepository {
  private final JdbcSession s;

  JdbcStockPushQueueRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void mark(ShopId shop, String sellerSku, Instant now) {
    requireNonNull(shop, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    requireNonNull(now, "now == null");
    Upserts.updateOrInsert(
        s,
        "stock push queue",
        "UPDATE erp_stock_push_queue SET seq = seq + 1, queued_at = ?"
            + " WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ?",
        new Object[] {now, s.tenantId(), shop.value(), sellerSku},
        "INSERT INTO erp_stock_push_queue (tenant_id, shop_id, seller_sku, seq, queued_at)"
            + " VALUES (?, ?, ?, 1, ?)",
        new Object[] {s.tenantId(), shop.value(), sellerSku, now});
  }

  @Override
  public List<QueuedPush> pending(ShopId shop, @Nullable String afterSellerSku, int limit) {
    requireNonNull(shop, "shop == null");
    return s.query(
        "stock push queue",
        "SELECT seller_sku, seq, queued_at FROM erp_stock_push_queue"
            + " WHERE tenant_id = ? AND shop_id = ? AND seller_sku > ? ORDER BY seller_sku LIMIT ?",
        rs ->
            new QueuedPush(
                shop,
                rs.getString("seller_sku"),
                rs.getLong("seq"),
                JdbcSession.instant(rs, "queued_at")),
        s.tenantId(),
        shop.value(),
        afterSellerSku == null ? "" : afterSellerSku,
        limit);
  }

  @Override
  public boolean remove(QueuedPush entry) {
    requireNonNull(entry, "entry == null");
    return s.update(
            "stock push queue",
            "DELETE FROM erp_stock_push_queue"
                + " WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ? AND seq = ?",
            s.tenantId(),
            entry.shop().value(),
            entry.sellerSku(),
            entry.seq())
        > 0;
  }
}
