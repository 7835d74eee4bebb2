/**
 * Reading shops' data from their platforms: the {@link dev.crossborder.erp.sync.SyncEngine}
 * ({@code erp.sync()}) pulls each shop's orders under a per-shop lease, keeps a checkpoint per
 * stream, quarantines what it cannot import, and reports progress and per-shop health. Only the
 * orders stream exists so far.
 */
@NullMarked
package dev.crossborder.erp.sync;

import org.jspecify.annotations.NullMarked;
