package dev.crossborder.erp.cases;

/**
 * The steps of a {@link Return} (RMA), in order: {@code AUTHORISED → EXPECTED → RECEIVED →
 * INSPECTED → REFUNDED}. Each step follows the one before; a refund may also be recorded on a
 * return that is {@code AUTHORISED} and never comes back (a "returnless refund"), and any step
 * before {@code RECEIVED} may be {@code CANCELLED}.
 */
public enum ReturnState {
  /** The seller authorised the return. */
  AUTHORISED,
  /** The parcel is expected at a warehouse. */
  EXPECTED,
  /** The parcel arrived at the warehouse. */
  RECEIVED,
  /** The units were inspected and restocked to sellable or defective. */
  INSPECTED,
  /** The refund was recorded. Terminal. */
  REFUNDED,
  /** The return will not happen. Terminal. */
  CANCELLED
}
