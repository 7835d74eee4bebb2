package dev.crossborder.erp.order.internal;

import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.StoreTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The links between the shipments of merged orders (合单): each order of a merge keeps its own
 * shipment, and each such shipment lists the other orders of the package in {@link
 * Shipment#mergedWith()}. Links are symmetric and written in the caller's transaction. Stateless.
 */
final class MergeLinks {
  private MergeLinks() {}

  /**
   * Takes {@code order} out of every merge its shipments are in: the other orders' shipments drop
   * it from their lists (so they ship as the remaining package, or alone), and each of them emits
   * {@code order.merged} with what is left. Call it when {@code order} is cancelled or re-planned.
   */
  static void unlink(ErpContext ctx, StoreTransaction tx, Order order) {
    Set<OrderId> partners = new LinkedHashSet<>();
    for (Shipment shipment : order.shipments()) {
      partners.addAll(shipment.mergedWith());
    }
    OrderRepository repo = tx.repository(OrderRepository.class);
    for (OrderId partnerId : partners) {
      Optional<Order> found = repo.find(partnerId);
      if (found.isEmpty()) {
        continue;
      }
      Order partner = found.get();
      List<Shipment> shipments = new ArrayList<>();
      boolean changed = false;
      for (Shipment s : partner.shipments()) {
        if (s.mergedWith().contains(order.id())) {
          List<OrderId> rest = new ArrayList<>(s.mergedWith());
          rest.remove(order.id());
          shipments.add(s.withMergedWith(rest));
          changed = true;
        } else {
          shipments.add(s);
        }
      }
      if (changed) {
        Order saved = repo.update(partner.toBuilder().shipments(shipments).build());
        emitMerged(ctx, tx, saved, "order " + order.id() + " left the package");
      }
    }
  }

  /** Emits {@code order.merged} for {@code order} with its shipments' current merge lists. */
  static void emitMerged(ErpContext ctx, StoreTransaction tx, Order order, String why) {
    Set<OrderId> with = new LinkedHashSet<>();
    for (Shipment s : order.shipments()) {
      with.addAll(s.mergedWith());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderId", order.id());
    payload.put("mergedWith", List.copyOf(with));
    if (!order.shipments().isEmpty()) {
      payload.put("warehouse", order.shipments().get(0).warehouse());
    }
    payload.put("why", why);
    ctx.emit(tx, "order", order.id().value(), EventTypes.ORDER_MERGED, payload);
  }
}
