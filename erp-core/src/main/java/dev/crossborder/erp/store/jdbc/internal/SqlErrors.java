package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.StoreException;
import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one place where SQL failures become the SDK's exceptions. Messages name the operation and the
 * SQLState only, never a value of the statement; for operations on buyer data even the cause is
 * replaced by a copy without the driver's message.
 *
 * <ul>
 *   <li>serialization failure and deadlock ({@code 40001}, {@code 40P01}), lock not available
 *       ({@code 55P03}), H2's lock timeout (50200), concurrent update (90131) and deadlock (40001),
 *       and a unique violation ({@code 23505}) outside the insert methods that name their field:
 *       {@link ConcurrentUpdateException}, on which the transaction is retried;
 *   <li>a missing table: {@link StoreException} saying that the migrations were not applied;
 *   <li>a lost connection (SQLState class {@code 08}) and everything else: {@link StoreException}.
 * </ul>
 *
 * <p>Thread-safe (stateless).
 */
public final class SqlErrors {
  /** SQLState of a unique violation, on H2 and PostgreSQL. */
  static final String UNIQUE_VIOLATION = "23505";

  private static final Set<String> CONFLICT_STATES =
      Set.of("40001", "40P01", "55P03", UNIQUE_VIOLATION);
  private static final Set<Integer> H2_CONFLICT_CODES = Set.of(50200, 90131, 40001);
  private static final Set<String> MISSING_TABLE_STATES = Set.of("42P01", "42S02");
  private static final Set<Integer> H2_MISSING_TABLE_CODES = Set.of(42102, 42103, 42104);

  private SqlErrors() {}

  /**
   * The SDK exception for {@code e}, raised while doing {@code operation} (a short noun phrase such
   * as {@code "stock level"}); {@code personal} when the statement carried buyer data.
   */
  public static RuntimeException translate(SQLException e, String operation, boolean personal) {
    String state = sqlState(e);
    int code = e.getErrorCode();
    Throwable cause = personal ? redacted(e) : e;
    String shownState = state == null ? "unknown" : state;
    if (isConflict(state, code)) {
      return new ConcurrentUpdateException(operation + " (sqlstate " + shownState + ")", cause);
    }
    if ((state != null && MISSING_TABLE_STATES.contains(state))
        || H2_MISSING_TABLE_CODES.contains(code)) {
      return new StoreException(
          "erp-core table missing for "
              + operation
              + ": apply the migrations (JdbcStore.migrate() or db/migration/core)",
          cause);
    }
    if (state != null && state.startsWith("08")) {
      return new StoreException(
          "database connection failed during " + operation + " (sqlstate " + shownState + ")",
          cause);
    }
    return new StoreException(
        "database failure during "
            + operation
            + " (sqlstate "
            + shownState
            + ", code "
            + code
            + ")",
        cause);
  }

  /** Whether {@code e} is a unique violation. */
  static boolean isUniqueViolation(SQLException e) {
    return UNIQUE_VIOLATION.equals(sqlState(e));
  }

  private static boolean isConflict(@Nullable String state, int code) {
    return (state != null && CONFLICT_STATES.contains(state)) || H2_CONFLICT_CODES.contains(code);
  }

  /** The first SQLState in the chain of {@code e}, or {@code null}. */
  static @Nullable String sqlState(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    SQLException next = e.getNextException();
    return next == null ? null : next.getSQLState();
  }

  /** A copy of {@code e} with its SQLState and vendor code but without its message or chain. */
  static SQLException redacted(SQLException e) {
    SQLException copy =
        new SQLException(
            "(message withheld: the statement carried buyer data)", sqlState(e), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
