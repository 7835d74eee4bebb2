package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.ErpException;
import dev.crossborder.erp.kernel.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The storage backend failed: a lost connection, an SQL error that is not a conflict, a missing
 * schema. The transaction was rolled back; nothing of it was written.
 */
public class StoreException extends ErpException {
  private static final long serialVersionUID = 1L;

  /** Creates the error with a short message and the backend's cause. */
  public StoreException(String message, @Nullable Throwable cause) {
    super(ErrorCode.STORE_FAILURE, message, cause);
  }

  /** Creates the error with a code of the storage family. */
  protected StoreException(ErrorCode code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
