/** The implementation of {@link dev.crossborder.erp.finance.Finance}. Not API. */
@NullMarked
package dev.crossborder.erp.finance.internal;

import org.jspecify.annotations.NullMarked;
