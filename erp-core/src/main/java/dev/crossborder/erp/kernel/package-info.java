/**
 * The kernel every other package stands on: the tenant, typed identifiers, the error hierarchy
 * rooted at {@link dev.crossborder.erp.kernel.ErpException}, injectable time
 * ({@link dev.crossborder.erp.kernel.MutableClock}) and identifier generation.
 *
 * <p>All types here are immutable and thread-safe unless their Javadoc says otherwise.
 */
@NullMarked
package dev.crossborder.erp.kernel;

import org.jspecify.annotations.NullMarked;
