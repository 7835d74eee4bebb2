package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.jdbc.JdbcTransaction;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A {@link JdbcSession} as other modules' repositories see it. Not thread-safe. */
final class ModuleTransaction implements JdbcTransaction {
  private final JdbcSession s;

  ModuleTransaction(JdbcSession session) {
    this.s = session;
  }

  @Override
  public TenantId tenant() {
    return s.tenant();
  }

  @Override
  public <R> R repository(Class<R> type) {
    return s.repository(type);
  }

  @Override
  public String tenantId() {
    return s.tenantId();
  }

  @Override
  public int update(String operation, String sql, Object... args) {
    return s.update(operation, sql, args);
  }

  @Override
  public boolean insertIfAbsent(String operation, String insert, Object... args) {
    return s.insertIfAbsent(operation, insert, args);
  }

  @Override
  public <T> List<T> query(String operation, String sql, RowReader<T> reader, Object... args) {
    return s.query(operation, sql, reader::read, args);
  }

  @Override
  public <T> Optional<T> queryOne(String operation, String sql, RowReader<T> reader, Object... args) {
    return s.queryOne(operation, sql, reader::read, args);
  }

  @Override
  public <T> T atomically(String operation, Supplier<T> work) {
    return s.atomically(operation, work);
  }
}
