/**
 * The label renderers' shared insides: the Code 128 module pattern (from ZXing) and the one
 * layout both renderers draw, so that a ZPL label and its PDF twin show the same things in the
 * same places and refuse the same specs. Not API.
 */
@NullMarked
package dev.crossborder.erp.warehouse.label.internal;

import org.jspecify.annotations.NullMarked;
