/**
 * The explainable order rule pipeline: {@link dev.crossborder.erp.order.rules.OrderRules} runs a
 * versioned {@link dev.crossborder.erp.order.rules.RuleSet} through four {@link
 * dev.crossborder.erp.order.rules.Stage stages} (audit/hold, warehouse allocation, split/merge,
 * shipping method) and returns a {@link dev.crossborder.erp.order.rules.Decision} whose trace
 * names the rule that fired, the values it read and why each alternative lost. The engine is
 * pure: it reads an immutable {@link dev.crossborder.erp.order.rules.RuleContext} and writes
 * nothing. Rules are built with {@link dev.crossborder.erp.order.rules.Conditions} and {@link
 * dev.crossborder.erp.order.rules.Actions}, or read from JSON with {@link
 * dev.crossborder.erp.order.rules.RuleSetJson}.
 */
@NullMarked
package dev.crossborder.erp.order.rules;

import org.jspecify.annotations.NullMarked;
