/**
 * Implementation details of the kernel (argument checks that raise the SDK's typed errors).
 * Not API: may change in any release.
 */
@NullMarked
package dev.crossborder.erp.kernel.internal;

import org.jspecify.annotations.NullMarked;
