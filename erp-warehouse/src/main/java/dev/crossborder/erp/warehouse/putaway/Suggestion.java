package dev.crossborder.erp.warehouse.putaway;

import dev.crossborder.erp.warehouse.layout.BinCode;

/**
 * One bin a put-away policy suggests for some of the units, and why. Immutable.
 *
 * @param bin the bin
 * @param quantity units to put there
 * @param reason why this bin, for the worker and the audit trail
 */
public record Suggestion(BinCode bin, long quantity, String reason) {}
