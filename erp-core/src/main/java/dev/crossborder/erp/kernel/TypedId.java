package dev.crossborder.erp.kernel;

/**
 * An identifier that wraps one non-blank string, such as {@link TenantId} or an order id.
 *
 * <p>Every typed id is a record with a single {@code String value} component whose canonical
 * constructor validates it; the SDK's Jackson module writes and reads such ids as plain JSON
 * strings. Implementations are immutable values, equal when their values are equal.
 */
public interface TypedId {

  /** The identifier's text, never blank. */
  String value();
}
