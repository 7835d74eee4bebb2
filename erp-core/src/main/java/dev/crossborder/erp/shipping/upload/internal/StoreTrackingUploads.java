package dev.crossborder.erp.shipping.upload.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.internal.ShopLeases;
import dev.crossborder.erp.internal.ShopWriter;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Orders;
import dev.crossborder.erp.order.Parcel;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shipping.TrackingPreCheck;
import dev.crossborder.erp.shipping.TrackingProblem;
import dev.crossborder.erp.shipping.upload.TrackingUploads;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadProblem;
import dev.crossborder.erp.shipping.upload.UploadRun;
import dev.crossborder.erp.shipping.upload.UploadSettings;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.FencingException;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.TrackingUploadRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TrackingUploads} over the store's {@link TrackingUploadRepository}. Each job is claimed
 * in its own transaction (at the version read, with a lease), sent outside any transaction, and
 * its outcome written in a third transaction only if the claim still holds. Thread-safe.
 */
public final class StoreTrackingUploads implements TrackingUploads, ShopWriter {
  private static final Logger LOG = LoggerFactory.getLogger(StoreTrackingUploads.class);
  private static final int MAX_LIMIT = 10_000;

  private final ErpContext ctx;
  private final Orders orders;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final UploadSettings settings;
  private final ShopLeases leases;

  /**
   * Creates the service of {@code ctx}'s tenant.
   *
   * @param leases the shops' sync leases: jobs of a shop are sent only under its lease
   */
  public StoreTrackingUploads(
      ErpContext ctx,
      Orders orders,
      Map<PlatformId, PlatformConnector> connectors,
      UploadSettings settings,
      ShopLeases leases) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.orders = requireNonNull(orders, "orders == null");
    this.connectors = Map.copyOf(connectors);
    this.settings = requireNonNull(settings, "settings == null");
    this.leases = requireNonNull(leases, "leases == null");
  }

  /**
   * Records in {@code tx} a job for each shipment of {@code order} that has none, shipped at
   * {@code now}; what {@code Orders.changeStatus} calls when an order ships.
   */
  public static void record(StoreTransaction tx, Order order, Instant now) {
    TrackingUploadRepository repo = tx.repository(TrackingUploadRepository.class);
    for (Shipment shipment : order.shipments()) {
      Parcel parcel = labelled(shipment);
      repo.insertIfAbsent(
          UploadJob.pending(
              shipment.id(),
              order.id(),
              order.shopId(),
              parcel == null ? null : parcel.carrier(),
              parcel == null ? null : parcel.trackingNumber(),
              now));
    }
  }

  @Override
  public List<UploadJob> enqueue(OrderId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(
        tx -> {
          Order order =
              tx.repository(OrderRepository.class).find(id).orElseThrow(() -> new NotFoundException("orderId", id));
          if (order.status() != OrderStatus.SHIPPED && order.status() != OrderStatus.CONFIRMED) {
            throw new IllegalTransitionException("status", order.status(), "tracking upload");
          }
          record(tx, order, ctx.clock().instant());
          return tx.repository(TrackingUploadRepository.class).byOrder(id);
        });
  }

  @Override
  public UploadRun runDue() {
    Instant now = ctx.clock().instant();
    List<UploadJob> due =
        ctx.tx(tx -> tx.repository(TrackingUploadRepository.class).due(now, settings.batchSize()));
    Map<ShopId, List<UploadJob>> byShop = new LinkedHashMap<>();
    for (UploadJob job : due) {
      byShop.computeIfAbsent(job.shopId(), s -> new ArrayList<>()).add(job);
    }
    UploadRun total = new UploadRun(0, 0, 0, 0);
    for (Map.Entry<ShopId, List<UploadJob>> shop : byShop.entrySet()) {
      List<UploadJob> jobs = shop.getValue();
      UploadRun run =
          leases
              .whileHeld(shop.getKey(), lease -> send(jobs, lease, now))
              .orElseGet(() -> new UploadRun(0, 0, 0, jobs.size()));
      total = plus(total, run);
    }
    return total;
  }

  /**
   * Sends the due jobs of {@code shop} while this instance holds the shop's sync lease: what the
   * sync engine's lease holder runs after each pull.
   */
  @Override
  public void runHeld(Shop shop, Lease lease) {
    Instant now = ctx.clock().instant();
    List<UploadJob> due =
        ctx.tx(
            tx -> tx.repository(TrackingUploadRepository.class).due(shop.id(), now, settings.batchSize()));
    if (!due.isEmpty()) {
      send(due, lease, now);
    }
  }

  /** Claims and sends {@code due}; every claim and outcome write is fenced with {@code lease}. */
  private UploadRun send(List<UploadJob> due, Lease lease, Instant now) {
    int confirmed = 0;
    int failed = 0;
    int retrying = 0;
    int skipped = 0;
    for (UploadJob candidate : due) {
      Optional<UploadJob> done;
      try {
        Optional<UploadJob> claimed = claim(candidate.shipmentId(), now, lease);
        if (claimed.isEmpty()) {
          skipped++;
          continue;
        }
        done = send(claimed.get(), now, lease);
      } catch (FencingException e) {
        LOG.info("tracking uploads of shop {} stopped: the shop's lease changed hands", candidate.shopId());
        skipped += due.size() - confirmed - failed - retrying - skipped;
        break;
      }
      UploadState state = done.map(UploadJob::state).orElse(UploadState.SENDING);
      if (state == UploadState.CONFIRMED) {
        confirmed++;
      } else if (state == UploadState.FAILED) {
        failed++;
      } else if (state == UploadState.PENDING) {
        retrying++;
      } else {
        skipped++;
      }
    }
    return new UploadRun(confirmed, failed, retrying, skipped);
  }

  private static UploadRun plus(UploadRun a, UploadRun b) {
    return new UploadRun(
        a.confirmed() + b.confirmed(), a.failed() + b.failed(), a.retrying() + b.retrying(), a.skipped() + b.skipped());
  }

  /** Claims the job if it is still due: one transaction, conditional on the version it read. */
  private Optional<UploadJob> claim(ShipmentId shipment, Instant now, Lease lease) {
    return ctx.tx(
        tx -> {
          tx.repository(LeaseRepository.class).fence(lease);
          TrackingUploadRepository repo = tx.repository(TrackingUploadRepository.class);
          return repo.find(shipment)
              .filter(job -> job.isDue(now))
              .map(job -> repo.update(job.claim(now, settings.lease())));
        });
  }

  /** Pre-checks and sends a claimed job; the job as recorded, or empty if the claim was lost. */
  private Optional<UploadJob> send(UploadJob job, Instant now, Lease lease) {
    Attempt attempt = prepare(job);
    if (attempt.refusal != null) {
      return finish(job, lease, j -> j.refused(attempt.refusal));
    }
    Shop shop = requireNonNull(attempt.shop);
    ShipmentConfirmation confirmation = requireNonNull(attempt.confirmation);
    List<UploadProblem> blocking =
        TrackingPreCheck.check(shop.platform(), confirmation).blockingProblems().stream()
            .map(UploadProblem::of)
            .toList();
    if (!blocking.isEmpty()) {
      return finish(job, lease, j -> j.refused(blocking));
    }
    ShipmentConfirmer confirmer = confirmer(shop);
    if (confirmer == null) {
      UploadProblem why =
          new UploadProblem(
              UploadProblem.Source.CONNECTOR, "platform", "NO_CONFIRMER",
              "no registered connector of " + shop.platform() + " confirms shipments");
      return finish(job, lease, j -> j.retryLater(now, settings.firstRetry(), settings.maxRetry(), why));
    }
    ConfirmationResult result;
    try {
      result = confirmer.confirm(shop, confirmation);
    } catch (ConnectorException e) {
      LOG.warn("tracking upload of shipment {} failed, will retry: {}", job.shipmentId(), e.getMessage());
      UploadProblem why =
          new UploadProblem(UploadProblem.Source.CONNECTOR, "platform", e.getClass().getSimpleName(), e.getMessage());
      // A platform that said when to come back (Retry-After of a rate limit) is taken at its word.
      Duration retryAfter = e.retryAfter().orElse(null);
      return finish(job, lease, j -> j.retryLater(now, settings.firstRetry(), settings.maxRetry(), retryAfter, why));
    } catch (InvalidInputException e) {
      UploadProblem why =
          new UploadProblem(UploadProblem.Source.SHIPMENT, e.field(), e.code().name(), e.getMessage());
      return finish(job, lease, j -> j.refused(List.of(why)));
    }
    if (result instanceof ConfirmationResult.Rejected rejected) {
      List<UploadProblem> issues = rejected.issues().stream().map(UploadProblem::of).toList();
      List<UploadProblem> why =
          issues.isEmpty()
              ? List.of(new UploadProblem(UploadProblem.Source.PLATFORM, "platform", "REJECTED", "rejected without an issue"))
              : issues;
      LOG.warn("tracking upload of shipment {} rejected by the platform", job.shipmentId());
      return finish(job, lease, j -> j.rejected(why));
    }
    return ctx.tx(
        tx -> {
          Optional<UploadJob> done = finish(job, lease, UploadJob::confirmed);
          done.ifPresent(this::confirmOrderIfComplete);
          return done;
        });
  }

  /** The order becomes CONFIRMED once every one of its shipments' jobs is. Joins the caller's tx. */
  private void confirmOrderIfComplete(UploadJob job) {
    ctx.tx(
        tx -> {
          boolean all =
              tx.repository(TrackingUploadRepository.class).byOrder(job.orderId()).stream()
                  .allMatch(j -> j.state() == UploadState.CONFIRMED);
          Optional<Order> order = tx.repository(OrderRepository.class).find(job.orderId());
          if (all && order.isPresent() && order.get().status() == OrderStatus.SHIPPED) {
            orders.changeStatus(job.orderId(), OrderStatus.CONFIRMED, order.get().version());
          }
          return null;
        });
  }

  /**
   * Writes {@code change} of the claimed job if the claim still holds and this instance still holds
   * the shop's lease (a former holder's outcome is refused with a {@link FencingException}).
   */
  private Optional<UploadJob> finish(UploadJob claimed, Lease lease, UnaryOperator<UploadJob> change) {
    return ctx.tx(
        tx -> {
          tx.repository(LeaseRepository.class).fence(lease);
          TrackingUploadRepository repo = tx.repository(TrackingUploadRepository.class);
          Optional<UploadJob> current = repo.find(claimed.shipmentId());
          if (current.isEmpty() || current.get().version() != claimed.version()) {
            LOG.warn("tracking upload of shipment {}: claim lost before its outcome was written", claimed.shipmentId());
            return Optional.<UploadJob>empty();
          }
          return Optional.of(repo.update(change.apply(current.get())));
        });
  }

  /** The shop and confirmation of a job, or why it cannot be sent. */
  private Attempt prepare(UploadJob job) {
    return ctx.tx(
        tx -> {
          Optional<Shop> shop = tx.repository(ShopRepository.class).find(job.shopId());
          Optional<Order> order = tx.repository(OrderRepository.class).find(job.orderId());
          Optional<Shipment> shipment =
              order.flatMap(o -> o.shipments().stream().filter(s -> s.id().equals(job.shipmentId())).findFirst());
          if (shop.isEmpty() || order.isEmpty() || shipment.isEmpty()) {
            return Attempt.refused(shipmentProblem("shipmentId", "NOT_FOUND", "the shop, order or shipment no longer exists"));
          }
          if (job.carrierCode() == null) {
            return Attempt.refused(shipmentProblem("carrierCode", "MISSING", "the shipment has no labelled parcel with a carrier"));
          }
          if (job.trackingNumber() == null) {
            return Attempt.refused(shipmentProblem("trackingNumber", "MISSING", "the shipment has no labelled parcel with a tracking number"));
          }
          List<ShipmentConfirmation.Item> items = new ArrayList<>();
          for (ShipmentLine line : shipment.get().lines()) {
            items.add(new ShipmentConfirmation.Item(line.orderLineId(), line.quantity()));
          }
          try {
            return new Attempt(
                shop.get(),
                new ShipmentConfirmation(
                    order.get().platformOrderId(),
                    items,
                    job.carrierCode(),
                    null,
                    job.trackingNumber(),
                    shipment.get().shippingMethod(),
                    job.shippedAt()),
                null);
          } catch (InvalidInputException e) {
            return Attempt.refused(shipmentProblem(e.field(), e.code().name(), e.getMessage()));
          }
        });
  }

  private @Nullable ShipmentConfirmer confirmer(Shop shop) {
    PlatformConnector connector = connectors.get(shop.platform());
    return connector == null ? null : connector.capability(ShipmentConfirmer.class).orElse(null);
  }

  private static UploadProblem shipmentProblem(String field, String code, String message) {
    return new UploadProblem(UploadProblem.Source.SHIPMENT, field, code, message);
  }

  private static @Nullable Parcel labelled(Shipment shipment) {
    return shipment.parcels().stream()
        .filter(p -> p.carrier() != null && p.trackingNumber() != null)
        .findFirst()
        .orElse(shipment.parcels().isEmpty() ? null : shipment.parcels().get(0));
  }

  @Override
  public Optional<UploadJob> find(ShipmentId shipment) {
    requireNonNull(shipment, "shipment == null");
    return ctx.tx(tx -> tx.repository(TrackingUploadRepository.class).find(shipment));
  }

  @Override
  public List<UploadJob> pending(int limit) {
    int n = limit(limit);
    return ctx.tx(
        tx -> {
          TrackingUploadRepository repo = tx.repository(TrackingUploadRepository.class);
          return Stream.concat(
                  repo.inState(UploadState.PENDING, n).stream(), repo.inState(UploadState.SENDING, n).stream())
              .sorted(Comparator.comparing(UploadJob::nextAttemptAt).thenComparing(j -> j.shipmentId().value()))
              .limit(n)
              .toList();
        });
  }

  @Override
  public List<UploadJob> failed(int limit) {
    int n = limit(limit);
    return ctx.tx(tx -> tx.repository(TrackingUploadRepository.class).inState(UploadState.FAILED, n));
  }

  @Override
  public UploadJob retry(ShipmentId shipment) {
    requireNonNull(shipment, "shipment == null");
    return ctx.tx(
        tx -> {
          UploadJob job = existing(tx, shipment);
          Parcel parcel =
              tx.repository(OrderRepository.class).find(job.orderId()).stream()
                  .flatMap(o -> o.shipments().stream())
                  .filter(s -> s.id().equals(shipment))
                  .map(StoreTrackingUploads::labelled)
                  .filter(p -> p != null)
                  .findFirst()
                  .orElse(null);
          String carrier = parcel == null ? null : parcel.carrier();
          String tracking = parcel == null ? null : parcel.trackingNumber();
          return tx.repository(TrackingUploadRepository.class)
              .update(job.retry(ctx.clock().instant(), carrier, tracking));
        });
  }

  @Override
  public UploadJob retry(ShipmentId shipment, String carrierCode, String trackingNumber) {
    requireNonNull(shipment, "shipment == null");
    String carrier = Checks.text("carrierCode", carrierCode, 100);
    String tracking = Checks.token("trackingNumber", trackingNumber, 64);
    return ctx.tx(
        tx ->
            tx.repository(TrackingUploadRepository.class)
                .update(existing(tx, shipment).retry(ctx.clock().instant(), carrier, tracking)));
  }

  private static UploadJob existing(StoreTransaction tx, ShipmentId shipment) {
    return tx.repository(TrackingUploadRepository.class)
        .find(shipment)
        .orElseThrow(() -> new NotFoundException("shipmentId", shipment));
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", limit, "must be 1 to " + MAX_LIMIT);
    }
    return limit;
  }

  /** What {@link #prepare} found: the shop and confirmation to send, or the refusal. */
  private record Attempt(
      @Nullable Shop shop, @Nullable ShipmentConfirmation confirmation, @Nullable List<UploadProblem> refusal) {

    static Attempt refused(UploadProblem why) {
      return new Attempt(null, null, List.of(why));
    }
  }
}
