package dev.crossborder.erp.kernel;

import java.util.UUID;

/**
 * Makes new identifiers for entities the SDK creates (orders, shipments, events, movements).
 *
 * <p>Implementations must be thread-safe and never return the same value twice; values are
 * non-blank strings of at most 64 characters. The default, {@link #uuids()}, returns random UUIDs;
 * tests may supply a counter for readable ids.
 */
@FunctionalInterface
public interface IdGenerator {

  /** Returns a new, never-used identifier. */
  String nextId();

  /** Returns a generator of random (version 4) UUIDs. */
  static IdGenerator uuids() {
    return () -> UUID.randomUUID().toString();
  }
}
