/**
 * Internals of the shipping checks: the check-digit algorithms and the loader of the carrier-code
 * resources. Not for hosts; changes without notice.
 */
@NullMarked
package dev.crossborder.erp.shipping.internal;

import org.jspecify.annotations.NullMarked;
