package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.TrackingUploadRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The tracking upload jobs of one in-memory session, keyed by shipment id. Queries scan the
 * tenant's jobs (there are as many as shipments awaiting or failing upload, not all shipments
 * ever: confirmed jobs could be pruned). An update registers a precondition on the version it
 * read, so of two runners claiming one job only the first commit wins.
 */
final class MemoryTrackingUploadRepository implements TrackingUploadRepository {
  private static final Comparator<UploadJob> BY_DUE =
      Comparator.comparing(UploadJob::nextAttemptAt).thenComparing(j -> j.shipmentId().value());

  private final MemorySession s;
  private final TenantTables t;

  MemoryTrackingUploadRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public Optional<UploadJob> find(ShipmentId shipment) {
    return Optional.ofNullable(s.get(t.uploads, requireNonNull(shipment, "shipment == null").value()));
  }

  @Override
  public boolean insertIfAbsent(UploadJob job) {
    String id = requireNonNull(job, "job == null").shipmentId().value();
    if (s.get(t.uploads, id) != null) {
      return false;
    }
    s.put(t.uploads, id, job.atVersion(0));
    s.requireAbsentAtCommit(t.uploads, id, "upload " + id);
    return true;
  }

  @Override
  public UploadJob update(UploadJob job) {
    String id = requireNonNull(job, "job == null").shipmentId().value();
    UploadJob stored = s.get(t.uploads, id);
    if (stored == null) {
      throw new NotFoundException("shipmentId", id);
    }
    long expected = job.version();
    if (stored.version() != expected) {
      throw new ConcurrentUpdateException("upload " + id + " version " + expected);
    }
    UploadJob next = job.atVersion(expected + 1);
    boolean rewrite = s.wrote(t.uploads, id);
    s.put(t.uploads, id, next);
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          UploadJob c = t.uploads.committed.get(id);
          return c == null || c.version() == expected ? null : "upload " + id + " version " + expected;
        });
    return next;
  }

  @Override
  public List<UploadJob> byOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return select(j -> j.orderId().equals(order), Comparator.comparing(j -> j.shipmentId().value()), Integer.MAX_VALUE);
  }

  @Override
  public List<UploadJob> due(Instant now, int limit) {
    requireNonNull(now, "now == null");
    return select(j -> j.isDue(now), BY_DUE, limit);
  }

  @Override
  public List<UploadJob> due(ShopId shop, Instant now, int limit) {
    requireNonNull(shop, "shop == null");
    requireNonNull(now, "now == null");
    return select(j -> j.shopId().equals(shop) && j.isDue(now), BY_DUE, limit);
  }

  @Override
  public List<UploadJob> inState(UploadState state, int limit) {
    requireNonNull(state, "state == null");
    return select(j -> j.state() == state, BY_DUE, limit);
  }

  private List<UploadJob> select(Predicate<UploadJob> filter, Comparator<UploadJob> order, int limit) {
    return s.scan(t.uploads, null, null, (k, v) -> filter.test(v), Integer.MAX_VALUE).stream()
        .map(Map.Entry::getValue)
        .sorted(order)
        .limit(limit)
        .toList();
  }
}
