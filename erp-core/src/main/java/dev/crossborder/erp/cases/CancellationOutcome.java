package dev.crossborder.erp.cases;

import dev.crossborder.erp.order.Order;

/** What handling a cancellation request did. */
public sealed interface CancellationOutcome {

  /** Nothing had shipped: the order was cancelled (its stock released) and the request accepted. */
  record Cancelled(Order order, Case resolvedCase) implements CancellationOutcome {}

  /** Something had shipped: the request was declined on the platform with {@code reason}. */
  record Refused(Order order, Case resolvedCase, String reason) implements CancellationOutcome {}
}
