/**
 * Receiving ({@link dev.crossborder.erp.warehouse.inbound.Receiving}): receipts against a purchase order, an ASN or blind, counted by idempotent scans, with QC per line that moves the purchase order, the ledger and the bins in one transaction.
 */
@NullMarked
package dev.crossborder.erp.warehouse.inbound;

import org.jspecify.annotations.NullMarked;
