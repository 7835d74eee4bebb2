/**
 * What erp-core's services share and hosts never see: the per-tenant context and the event
 * recorder. Not API: may change in any release.
 */
@NullMarked
package dev.crossborder.erp.internal;

import org.jspecify.annotations.NullMarked;
