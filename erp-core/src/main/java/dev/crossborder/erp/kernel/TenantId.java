package dev.crossborder.erp.kernel;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A tenant: one seller account whose data the SDK keeps apart from every other tenant's.
 *
 * <p>Every read and write of a store is scoped to one tenant. The value is 1 to 64 characters of
 * letters, digits, {@code .}, {@code _} or {@code -}.
 *
 * @param value the tenant's identifier
 */
public record TenantId(String value) implements TypedId {

  /** Validates the value; see the class description for what is allowed. */
  public TenantId {
    Checks.token("tenantId", value, 64);
  }

  /** Returns the tenant with this identifier. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
