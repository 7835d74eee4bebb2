package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.shipping.carrier.CarrierConnector;
import java.util.List;
import java.util.Optional;

/**
 * Outbound of bin-managed warehouses: waves, PDA picking, packing and the handover scan. Every
 * command takes an idempotency key: a repeat with the same key and the same arguments changes
 * nothing and returns the wave as it is now; the key used for another command is refused on
 * {@code key}. Bad input (a wrong scan, too many units, an unknown task) is an {@code
 * InvalidInputException} naming the field and value, and writes nothing. Thread-safe.
 */
public interface Outbound {

  /**
   * Cuts the {@code ALLOCATED} orders shipping from {@code warehouse} into waves: grouped by
   * shipping method and its cut-off, by the zone that holds their stock, and single-item vs
   * multi-item; each wave within the settings' orders and units. Orders with shipments at other
   * warehouses or merged with other orders are left out. Reads only; nothing is held.
   */
  List<WavePlan> planWaves(WarehouseId warehouse, WaveSettings settings);

  /**
   * Releases {@code plan}: holds bin stock for each shipment line (largest free stock first,
   * splitting a line over bins when needed), batches the shipments into cart walks with one tote
   * each and routes every walk ({@code PickBatcher}, {@code PickRouter}), and moves the orders to
   * {@code IN_FULFILLMENT}; all in one transaction.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code shipments} if an order is no
   *     longer {@code ALLOCATED}, on {@code sku} if the bins lack free stock for a line
   */
  Wave release(String key, WavePlan plan, WaveSettings settings);

  /** The wave {@code id}. */
  Optional<Wave> wave(WaveId id);

  /** The next open task of the wave, in walking order; empty when the wave is picked. */
  Optional<PickTask> nextTask(WaveId wave);

  /**
   * The picker scanned a bin for task {@code seq}.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code bin} if it is not the task's bin
   */
  Wave scanBin(String key, WaveId wave, int seq, String bin);

  /**
   * The picker scanned a SKU code or barcode for task {@code seq} (after its bin).
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code sku} if it is not the task's
   *     SKU, on {@code bin} if the bin was not scanned first
   */
  Wave scanSku(String key, WaveId wave, int seq, String scanned);

  /**
   * The picker confirms {@code quantity} units of task {@code seq} in the tote. Fewer than the task
   * asks is a short pick: the bin is counted as holding no more of the SKU (the missing units are a
   * variance: bin stock and ledger on hand adjusted down), the rest is held in another bin with free
   * stock as a new task, or, if none has it, the shipment goes back to the order module: its open
   * tasks are cancelled, the units already picked for it go back to their bins, its reservations
   * are released and the order becomes {@code AWAITING_STOCK} with no shipments. The rest of the
   * wave goes on.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code quantity} if negative or more
   *     than the task asks, on {@code sku} if the SKU was not scanned first
   */
  Wave confirmPick(String key, WaveId wave, int seq, long quantity);

  /**
   * Scan-to-verify: one unit scanned (SKU code or barcode) into the box of {@code shipment}, whose
   * picks must be done.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code unit} if the shipment has no
   *     (more) units of it
   */
  Wave scanUnit(String key, WaveId wave, ShipmentId shipment, String unit);

  /**
   * Records the weighed parcel and picks the smallest box of {@code boxes} that its SKUs fit, by
   * volume and longest side (catalog dimensions). The weight must be within {@code toleranceGrams}
   * plus the box's tare of the catalog weights of its units.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code weight} outside the
   *     tolerance, on {@code boxes} if none fits, on {@code unit} if scanning is not complete
   */
  Wave weigh(String key, WaveId wave, ShipmentId shipment, Weight weight, long toleranceGrams, List<Box> boxes);

  /**
   * Buys the label of a verified and weighed {@code shipment} from {@code carrier} (idempotency key
   * derived from the wave and shipment, so a repeat buys nothing twice), with the shipment's
   * shipping method as service code.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code unit} until every unit was
   *     scanned, on {@code weight} until weighed
   */
  Wave buyLabel(String key, WaveId wave, ShipmentId shipment, CarrierConnector carrier);

  /** The labelled shipments of the wave in pick order (order of their first pick), for printing. */
  List<PackJob> labelsInPickOrder(WaveId wave);

  /**
   * The handover scan of a label's tracking number: in one transaction the ledger consumes the
   * shipment's reservations (− on hand, − reserved; bin stock left with the picks), the shipment
   * gets its parcel with carrier, tracking number and weight, the order goes {@code SHIPPED} and
   * its tracking upload is queued.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code trackingNumber} if no
   *     labelled shipment of the wave has it
   */
  Wave handover(String key, WaveId wave, String trackingNumber);

  /**
   * A shipping box.
   *
   * @param code the box code
   * @param dimensions inner dimensions
   * @param tareGrams the empty box's weight
   */
  record Box(String code, Dimensions dimensions, long tareGrams) {}
}
