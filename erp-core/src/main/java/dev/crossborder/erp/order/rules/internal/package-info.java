/** The rule pipeline's condition and action kinds, evaluator and JSON codec. */
@NullMarked
package dev.crossborder.erp.order.rules.internal;

import org.jspecify.annotations.NullMarked;
