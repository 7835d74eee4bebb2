package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.ErrorCode;

/**
 * A write guarded by a lease was refused because the writer's fencing token is no longer the
 * lease's: another instance took the lease over, so the writer must stop working for it. Not
 * retried by {@link Store#inTransaction}; nothing of the transaction was written.
 */
public class FencingException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for lease {@code lease}, which the writer held with token {@code token}. */
  public FencingException(String lease, long token, String current) {
    super(
        ErrorCode.CONCURRENT_UPDATE,
        "lease " + lease + " is no longer held with fencing token " + token + " (now " + current + ")",
        null);
  }
}
