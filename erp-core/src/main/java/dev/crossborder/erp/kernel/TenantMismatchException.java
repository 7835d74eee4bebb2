package dev.crossborder.erp.kernel;

/**
 * A transaction or service of one tenant was handed data or a nested transaction of another
 * tenant. Tenants never see or change each other's data; the command wrote nothing.
 */
public class TenantMismatchException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code actual} arriving where {@code expected} was in force. */
  public TenantMismatchException(TenantId expected, TenantId actual) {
    super(ErrorCode.TENANT_MISMATCH, "tenantId", actual.value(), "does not match " + expected.value());
  }
}
