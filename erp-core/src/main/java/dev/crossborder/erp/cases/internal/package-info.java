/** The implementation of the cases and returns services over erp-core's store. */
@NullMarked
package dev.crossborder.erp.cases.internal;

import org.jspecify.annotations.NullMarked;
