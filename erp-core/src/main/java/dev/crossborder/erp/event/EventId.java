package dev.crossborder.erp.event;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * The unique id of a {@link DomainEvent}; listeners deduplicate by it.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record EventId(String value) implements TypedId {

  /** Validates the value. */
  public EventId {
    Checks.token("eventId", value, 64);
  }

  /** Returns the event id {@code value}. */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
