package dev.crossborder.erp.inventory;

/**
 * Signed changes to the buckets of one (SKU, warehouse), as one {@link Movement} applies them.
 *
 * @param onHand change to on hand
 * @param reserved change to reserved
 * @param inbound change to inbound
 * @param inTransit change to in transit
 * @param defective change to defective
 */
public record StockDelta(long onHand, long reserved, long inbound, long inTransit, long defective) {

  /** No change. */
  public static final StockDelta NONE = new StockDelta(0, 0, 0, 0, 0);

  /** Whether every component is zero. */
  public boolean isZero() {
    return onHand == 0 && reserved == 0 && inbound == 0 && inTransit == 0 && defective == 0;
  }

  /** The componentwise sum. */
  public StockDelta plus(StockDelta o) {
    return new StockDelta(
        onHand + o.onHand, reserved + o.reserved, inbound + o.inbound, inTransit + o.inTransit,
        defective + o.defective);
  }
}
