package dev.crossborder.erp.order.rules;

/**
 * What a rule does when its condition holds. Every action belongs to one {@link Stage}; a rule
 * set refuses an action in another stage. Built from {@link Actions}; immutable, compared by
 * value.
 */
public interface Action {
  /** The stage this action belongs to. */
  Stage stage();

  /** A short description for traces, such as {@code hold("high value")}. */
  String describe();
}
