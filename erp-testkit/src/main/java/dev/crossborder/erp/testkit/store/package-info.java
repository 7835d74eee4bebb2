/**
 * The contract kit of the storage SPI ({@code dev.crossborder.erp.store}). A host that stores
 * erp-core's aggregates in its own database extends {@link
 * dev.crossborder.erp.testkit.store.StoreContract} with a test class that returns its {@code
 * Store}; the kit then checks every clause of the SPI: atomic and nested transactions, READ
 * COMMITTED visibility, optimistic versions and the bounded retry, uniqueness, keyset paging, the
 * stock ledger and its conditional movements, reservations, the outbox, leases, buyer data, tenant
 * isolation, and the invariants of DESIGN.md §7 under concurrency from two store instances sharing
 * one database. {@link dev.crossborder.erp.testkit.store.Fixtures} holds the valid sample values
 * the kit writes, for hosts that add tests of their own.
 */
@NullMarked
package dev.crossborder.erp.testkit.store;

import org.jspecify.annotations.NullMarked;
