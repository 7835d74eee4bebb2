/**
 * Customer service and returns (客服, 纠纷, 退货/退款): the inbox of every shop's cases (buyer
 * messages, return requests, disputes and claims, cancellation requests) linked to their orders,
 * with due times from the platforms' response-time rules, assignment, reply templates, the handling
 * of cancellation requests, and returns (RMA) through inspection to the refund recorded against
 * the order. Reached by {@code erp.cases()}. The platform side is the {@link
 * dev.crossborder.erp.platform.CustomerServiceSource} capability.
 */
@NullMarked
package dev.crossborder.erp.cases;

import org.jspecify.annotations.NullMarked;
