package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.order.rules.Decision;
import dev.crossborder.erp.order.rules.Plan;
import dev.crossborder.erp.order.rules.PlannedShipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What differs between two decisions' plans, aspect by aspect. */
public final class Diff {
  private Diff() {}

  /** The changes from {@code before} to {@code after}, each as {@code aspect: old → new}. */
  public static List<String> of(Decision before, Decision after) {
    Plan a = before.plan();
    Plan b = after.plan();
    List<String> changes = new ArrayList<>(0);
    add(changes, "outcome", a.outcome(), b.outcome());
    add(changes, "holds", a.holds(), b.holds());
    add(changes, "warehouse", a.shipments().stream().map(s -> s.warehouse() + s.lines().toString()).toList(),
        b.shipments().stream().map(s -> s.warehouse() + s.lines().toString()).toList());
    add(changes, "shipping", a.shipments().stream().map(PlannedShipment::shippingMethod).toList(),
        b.shipments().stream().map(PlannedShipment::shippingMethod).toList());
    add(changes, "backordered", a.backordered(), b.backordered());
    add(changes, "merge", a.mergeWith(), b.mergeWith());
    return changes;
  }

  private static void add(List<String> changes, String aspect, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(aspect + ": " + before + " → " + after);
    }
  }
}
