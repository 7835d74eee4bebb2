package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.store.ConcurrentUpdateException;

/**
 * Insert-or-replace in the SQL both databases accept: update the row; if there is none, insert it
 * unless a concurrent transaction just did, and then update that one. Thread-safe (stateless).
 */
final class Upserts {
  private Upserts() {}

  /**
   * Runs {@code update}; if it changed no row, runs {@code insert} if the key is still free, and
   * otherwise {@code update} once more. A row that exists but is not yet visible (a concurrent
   * insert on H2 that has not committed) is a {@link ConcurrentUpdateException}.
   */
  static void updateOrInsert(
      JdbcSession s,
      String operation,
      String update,
      Object[] updateArgs,
      String insert,
      Object[] insertArgs) {
    if (s.update(operation, update, updateArgs) > 0) {
      return;
    }
    if (s.insertIfAbsent(operation, insert, insertArgs)) {
      return;
    }
    if (s.update(operation, update, updateArgs) == 0) {
      throw new ConcurrentUpdateException(operation);
    }
  }
}
