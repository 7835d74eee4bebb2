package dev.crossborder.erp.warehouse.putaway;

import dev.crossborder.erp.kernel.TypedId;

/**
 * The id of a put-away task, derived from the planning command's key. Immutable.
 *
 * @param value the id
 */
public record PutAwayTaskId(String value) implements TypedId {

  /** The task id {@code value}. */
  public static PutAwayTaskId of(String value) {
    return new PutAwayTaskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
