package dev.crossborder.erp.kernel;

/**
 * The stable, machine-readable code of every {@link ErpException}. Hosts branch on the code (or
 * on the exception's class); messages are for people and may change.
 */
public enum ErrorCode {
  /** A field of a command or value is missing, malformed or out of range. */
  INVALID_INPUT,
  /** Two amounts of different currencies were combined. */
  CURRENCY_MISMATCH,
  /** A referenced entity (SKU, warehouse, order, shop) does not exist for the tenant. */
  NOT_FOUND,
  /** An entity with the same unique key already exists. */
  DUPLICATE_KEY,
  /** A state change that the entity's state machine does not allow. */
  ILLEGAL_TRANSITION,
  /** A reservation or stock movement would take a bucket below zero or reserve beyond on hand. */
  INSUFFICIENT_STOCK,
  /** A transaction of one tenant touched another tenant's data. */
  TENANT_MISMATCH,
  /** Another writer changed the data first (stale version, lost conditional update). */
  CONCURRENT_UPDATE,
  /** The SDK was configured wrongly (a setting given twice, a missing component). */
  CONFIGURATION,
  /** A platform's API refused or failed a call. */
  REMOTE_PLATFORM,
  /** The storage backend failed (connection lost, SQL error that is not a conflict). */
  STORE_FAILURE
}
