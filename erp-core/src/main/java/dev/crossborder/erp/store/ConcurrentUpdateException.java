package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Another writer changed the data first: a stale optimistic version, a conditional update that
 * found its condition false because of a concurrent writer, a unique key taken by a concurrent
 * insert, or a database serialization or deadlock failure (PostgreSQL 40001, 40P01). {@link
 * Store#inTransaction} retries the callback on it; it reaches the caller only when the retries are
 * exhausted or when the caller passed a stale version it read earlier.
 */
public class ConcurrentUpdateException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Creates the error naming what was contended, for example {@code order 42 version 3}. */
  public ConcurrentUpdateException(String what) {
    this(what, null);
  }

  /** Creates the error with the backend's cause. */
  public ConcurrentUpdateException(String what, @Nullable Throwable cause) {
    super(ErrorCode.CONCURRENT_UPDATE, "concurrent update of " + what, cause);
  }
}
