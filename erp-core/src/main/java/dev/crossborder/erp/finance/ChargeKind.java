package dev.crossborder.erp.finance;

/** What a charge added to landed cost pays for. */
public enum ChargeKind {
  /** First-leg freight (头程运费). */
  FREIGHT,
  /** Import duty and taxes that are not recoverable. */
  DUTY,
  /** Other fees: customs brokerage, inspection, warehouse receiving. */
  FEE
}
