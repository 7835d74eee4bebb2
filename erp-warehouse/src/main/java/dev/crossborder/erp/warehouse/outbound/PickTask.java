package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.warehouse.layout.BinCode;

/**
 * One stop of a wave's pick list: take {@code quantity} of {@code sku} from {@code bin} into
 * {@code tote} of cart walk {@code batch}. Immutable.
 *
 * @param seq the task's number in the wave, in walking order (walk by walk)
 * @param batch the cart walk, from 0
 * @param tote the tote on the cart (the shipment's put-wall slot), from 0
 * @param order the order
 * @param shipment the shipment
 * @param orderLineId the shipment line's order line
 * @param sku the SKU
 * @param bin the bin to pick from
 * @param quantity the units to pick
 * @param picked the units picked
 * @param binScanned whether the right bin was scanned
 * @param skuScanned whether the right SKU was scanned
 * @param state where it stands
 */
public record PickTask(
    int seq,
    int batch,
    int tote,
    OrderId order,
    ShipmentId shipment,
    String orderLineId,
    SkuCode sku,
    BinCode bin,
    long quantity,
    long picked,
    boolean binScanned,
    boolean skuScanned,
    PickState state) {

  /** This task in {@code next} state with {@code units} picked. */
  public PickTask done(PickState next, long units) {
    return new PickTask(seq, batch, tote, order, shipment, orderLineId, sku, bin, quantity, units, binScanned, skuScanned, next);
  }

  /** This task with its scans. */
  public PickTask scanned(boolean bin, boolean skuSeen) {
    return new PickTask(seq, batch, tote, order, shipment, orderLineId, sku, this.bin, quantity, picked, bin, skuSeen, state);
  }
}
