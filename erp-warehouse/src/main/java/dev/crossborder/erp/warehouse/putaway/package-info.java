/**
 * Put-away: {@link dev.crossborder.erp.warehouse.putaway.PutAwayPolicy} strategies that suggest bins with reasons, and tasks the worker confirms by scanning bin and SKU ({@link dev.crossborder.erp.warehouse.putaway.PutAway}).
 */
@NullMarked
package dev.crossborder.erp.warehouse.putaway;

import org.jspecify.annotations.NullMarked;
