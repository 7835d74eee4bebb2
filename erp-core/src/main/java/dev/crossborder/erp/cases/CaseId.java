package dev.crossborder.erp.cases;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Case} within a tenant; made by the SDK's {@code IdGenerator}.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record CaseId(String value) implements TypedId {

  /** Validates the value. */
  public CaseId {
    Checks.token("caseId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
