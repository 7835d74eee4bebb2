package dev.crossborder.erp.platform.cases;

/** What a customer service {@link dev.crossborder.erp.cases.Case} is about. */
public enum CaseKind {
  /** A buyer's message thread (客服 / 站内信): "where is my parcel?". */
  MESSAGE,
  /** A buyer asks to send goods back (退货). */
  RETURN_REQUEST,
  /** A dispute or claim the platform arbitrates (纠纷 / 索赔: Amazon A-to-z, eBay INR/SNAD case). */
  DISPUTE,
  /** A buyer asks to cancel the order before it ships. */
  CANCELLATION_REQUEST
}
