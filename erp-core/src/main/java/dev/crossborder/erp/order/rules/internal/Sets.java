package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.order.rules.RuleInputException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Unmodifiable sets that keep their insertion order, so JSON is written as it was read. */
final class Sets {
  private Sets() {}

  static <T> Set<T> ordered(Set<T> values) {
    if (values.isEmpty()) {
      throw new RuleInputException("values", "[]", "must not be empty");
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }
}
