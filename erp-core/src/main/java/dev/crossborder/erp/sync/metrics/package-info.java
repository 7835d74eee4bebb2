/**
 * The Micrometer binder of the sync engine and the reservations: {@link
 * dev.crossborder.erp.sync.metrics.ErpMetrics}. Needs {@code io.micrometer:micrometer-core} on the
 * class path (an optional dependency of erp-core); no other package refers to this one, so hosts
 * without Micrometer never load it.
 */
@NullMarked
package dev.crossborder.erp.sync.metrics;

import org.jspecify.annotations.NullMarked;
