package dev.crossborder.erp.store.jdbc.internal;

/**
 * What differs between the databases the JDBC store speaks to. Everything else is the SQL that both
 * H2 2.x and PostgreSQL 15 accept unchanged.
 */
public enum SqlDialect {
  /** H2 2.x. A failed statement is undone alone; the transaction stays usable. */
  H2 {
    @Override
    String insertIfAbsent(String insert) {
      return insert;
    }
  },
  /**
   * PostgreSQL 15 or later. A failed statement aborts the whole transaction, so inserts that may
   * meet an existing key use {@code ON CONFLICT DO NOTHING} instead of failing.
   */
  POSTGRES {
    @Override
    String insertIfAbsent(String insert) {
      return insert + " ON CONFLICT DO NOTHING";
    }
  };

  /**
   * The statement that runs {@code insert} (a plain {@code INSERT ... VALUES}) but inserts nothing
   * when a unique key is taken. On H2 it is {@code insert} itself and the caller treats a unique
   * violation as "nothing inserted".
   */
  abstract String insertIfAbsent(String insert);
}
