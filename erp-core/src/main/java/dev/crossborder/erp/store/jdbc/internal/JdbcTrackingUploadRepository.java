package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.TrackingUploadRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tracking upload jobs in {@code erp_tracking_upload}. An update is conditional on the version it
 * read ({@code WHERE version = ?}): of two runners claiming one job, the second's update matches
 * no row once the first committed (PostgreSQL re-checks the condition after waiting on the row
 * lock) and is a {@link ConcurrentUpdateException}. Bound to one session; not thread-safe.
 */
final class JdbcTrackingUploadRepository implements TrackingUploadRepository {
  private static final String COLUMNS =
      "shipment_id, order_id, shop_id, state, carrier_code, tracking_number, shipped_at,"
          + " attempts, next_attempt_at, lease_until, problems, version";

  private final JdbcSession s;

  JdbcTrackingUploadRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<UploadJob> find(ShipmentId shipment) {
    requireNonNull(shipment, "shipment == null");
    return s.queryOne(
        "tracking upload",
        "SELECT " + COLUMNS + " FROM erp_tracking_upload WHERE tenant_id = ? AND shipment_id = ?",
        this::read,
        s.tenantId(),
        shipment.value());
  }

  @Override
  public boolean insertIfAbsent(UploadJob job) {
    requireNonNull(job, "job == null");
    return s.insertIfAbsent(
        "tracking upload",
        "INSERT INTO erp_tracking_upload (tenant_id, " + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.tenantId(),
        job.shipmentId().value(),
        job.orderId().value(),
        job.shopId().value(),
        job.state().name(),
        JdbcSession.nullableText(job.carrierCode()),
        JdbcSession.nullableText(job.trackingNumber()),
        job.shippedAt(),
        job.attempts(),
        job.nextAttemptAt(),
        JdbcSession.nullableInstant(job.leaseUntil()),
        s.documents().problems(job.problems()),
        0L);
  }

  @Override
  public UploadJob update(UploadJob job) {
    requireNonNull(job, "job == null");
    String id = job.shipmentId().value();
    long expected = job.version();
    int rows =
        s.update(
            "tracking upload",
            "UPDATE erp_tracking_upload SET state = ?, carrier_code = ?, tracking_number = ?,"
                + " attempts = ?, next_attempt_at = ?, lease_until = ?, problems = ?,"
                + " version = version + 1 WHERE tenant_id = ? AND shipment_id = ? AND version = ?",
            job.state().name(),
            JdbcSession.nullableText(job.carrierCode()),
            JdbcSession.nullableText(job.trackingNumber()),
            job.attempts(),
            job.nextAttemptAt(),
            JdbcSession.nullableInstant(job.leaseUntil()),
            s.documents().problems(job.problems()),
            s.tenantId(),
            id,
            expected);
    if (rows > 0) {
      return job.atVersion(expected + 1);
    }
    if (find(job.shipmentId()).isEmpty()) {
      throw new NotFoundException("shipmentId", id);
    }
    throw new ConcurrentUpdateException("upload " + id + " version " + expected);
  }

  @Override
  public List<UploadJob> byOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return s.query(
        "tracking upload",
        "SELECT " + COLUMNS + " FROM erp_tracking_upload WHERE tenant_id = ? AND order_id = ?"
            + " ORDER BY shipment_id",
        this::read,
        s.tenantId(),
        order.value());
  }

  @Override
  public List<UploadJob> due(Instant now, int limit) {
    requireNonNull(now, "now == null");
    return s.query(
        "tracking upload",
        "SELECT " + COLUMNS + " FROM erp_tracking_upload WHERE tenant_id = ? AND"
            + " ((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND lease_until <= ?))"
            + " ORDER BY next_attempt_at, shipment_id LIMIT ?",
        this::read,
        s.tenantId(),
        now,
        now,
        limit);
  }

  @Override
  public List<UploadJob> due(ShopId shop, Instant now, int limit) {
    requireNonNull(shop, "shop == null");
    requireNonNull(now, "now == null");
    return s.query(
        "tracking upload",
        "SELECT " + COLUMNS + " FROM erp_tracking_upload WHERE tenant_id = ? AND shop_id = ? AND"
            + " ((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND lease_until <= ?))"
            + " ORDER BY next_attempt_at, shipment_id LIMIT ?",
        this::read,
        s.tenantId(),
        shop.value(),
        now,
        now,
        limit);
  }

  @Override
  public List<UploadJob> inState(UploadState state, int limit) {
    requireNonNull(state, "state == null");
    return s.query(
        "tracking upload",
        "SELECT " + COLUMNS + " FROM erp_tracking_upload WHERE tenant_id = ? AND state = ?"
            + " ORDER BY next_attempt_at, shipment_id LIMIT ?",
        this::read,
        s.tenantId(),
        state.name(),
        limit);
  }

  private UploadJob read(ResultSet rs) throws SQLException {
    return new UploadJob(
        ShipmentId.of(rs.getString("shipment_id")),
        OrderId.of(rs.getString("order_id")),
        ShopId.of(rs.getString("shop_id")),
        UploadState.valueOf(rs.getString("state")),
        rs.getString("carrier_code"),
        rs.getString("tracking_number"),
        JdbcSession.instant(rs, "shipped_at"),
        rs.getInt("attempts"),
        JdbcSession.instant(rs, "next_attempt_at"),
        JdbcSession.instantOrNull(rs, "lease_until"),
        s.documents().problems(rs.getString("problems")),
        rs.getLong("version"));
  }
}
