package dev.crossborder.erp.store;

import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tracking upload jobs of the transaction's tenant, one per shipment. */
public interface TrackingUploadRepository {

  /** The job of {@code shipment}, if any. */
  Optional<UploadJob> find(ShipmentId shipment);

  /**
   * Stores {@code job} (at version 0) unless its shipment already has one.
   *
   * @return whether it was stored
   */
  boolean insertIfAbsent(UploadJob job);

  /**
   * Replaces the job read at {@code job.version()} and returns it at the next version.
   *
   * @throws ConcurrentUpdateException if the stored job has another version (another runner or
   *     person changed it since it was read); nothing is written
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such job
   */
  UploadJob update(UploadJob job);

  /** The jobs of {@code order}, by shipment id. */
  List<UploadJob> byOrder(OrderId order);

  /**
   * Up to {@code limit} jobs claimable at {@code now}: {@code PENDING} and due, or {@code
   * SENDING} with an expired lease; by due time, then shipment id.
   */
  List<UploadJob> due(Instant now, int limit);

  /** Like {@link #due(Instant, int)}, restricted to the jobs of {@code shop}. */
  List<UploadJob> due(ShopId shop, Instant now, int limit);

  /** Up to {@code limit} jobs in {@code state}, by due time, then shipment id. */
  List<UploadJob> inState(UploadState state, int limit);
}
