package dev.crossborder.erp.store.jdbc;

import dev.crossborder.erp.store.StoreTransaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open JDBC transaction as another module's repositories see it: the statements of erp-core's
 * own repositories, on the same connection, with the same error translation (a unique key taken is
 * a {@code DuplicateKeyException}, a serialization failure or deadlock a {@code
 * ConcurrentUpdateException}, anything else a {@code StoreException} without SQL values) and the
 * same rollback-only rule after a failure. Parameters may be {@code String}, {@code Long}, {@code
 * Integer}, {@code Boolean} or {@code Instant} (kept to the microsecond). Not thread-safe: one
 * transaction, one thread.
 */
public interface JdbcTransaction extends StoreTransaction {

  /** The tenant's id as stored in every table's {@code tenant_id} column. */
  String tenantId();

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
  int update(String operation, String sql, Object... args);

  /**
   * Runs a plain {@code INSERT ... VALUES} unless a unique key of its row is taken, and returns
   * whether it inserted; a taken key leaves the transaction usable on both databases.
   */
  boolean insertIfAbsent(String operation, String insert, Object... args);

  /** The rows of a query, each read by {@code reader}. */
  <T> List<T> query(String operation, String sql, RowReader<T> reader, Object... args);

  /** The first row of a query, if any. */
  <T> Optional<T> queryOne(String operation, String sql, RowReader<T> reader, Object... args);

  /**
   * Runs {@code work}, which may issue several statements, so that it writes all or nothing (to a
   * savepoint) if it throws.
   */
  <T> T atomically(String operation, Supplier<T> work);

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowReader<T> {
    /** Reads the current row. */
    T read(ResultSet rs) throws SQLException;
  }
}
