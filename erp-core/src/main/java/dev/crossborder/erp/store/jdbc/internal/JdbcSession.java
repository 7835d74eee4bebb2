package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.AbstractStore;
import dev.crossborder.erp.store.CaseRepository;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.FinanceRepository;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.QuantityPolicyRepository;
import dev.crossborder.erp.store.RoutingRepository;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.PurchasingRepository;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreException;
import dev.crossborder.erp.store.StockPushQueueRepository;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.store.TrackingUploadRepository;
import dev.crossborder.erp.store.WarehouseRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JDBC transaction: one connection taken from the data source, autocommit off, READ COMMITTED,
 * and the repositories bound to it and to one tenant. It also runs the repositories' statements, so
 * that every SQL failure passes through {@link SqlErrors}.
 *
 * <p>The first SQL failure makes the transaction rollback-only: later statements and {@link
 * #commit()} refuse to run (PostgreSQL refuses them anyway; H2 would go on), so a caller that
 * catches an exception can never commit half of a repository call. Typed outcomes that are not SQL
 * failures (a {@code DuplicateKeyException} from an insert that found its key taken, a {@code
 * ConcurrentUpdateException} from a stale version) leave the transaction usable, on both databases.
 *
 * <p>Not thread-safe: one session, one thread, as {@link
 * dev.crossborder.erp.store.StoreTransaction} requires.
 */
public final class JdbcSession implements AbstractStore.Session {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcSession.class);

  private final JdbcBackend backend;
  private final TenantId tenant;
  private final Connection connection;
  private final Map<Class<?>, Object> repositories = new HashMap<>();
  private final List<Deferred> deferred = new ArrayList<>();
  private @Nullable RuntimeException failure;
  private boolean personal;
  private boolean closed;

  private JdbcSession(JdbcBackend backend, TenantId tenant, Connection connection) {
    this.backend = backend;
    this.tenant = tenant;
    this.connection = connection;
  }

  static JdbcSession open(JdbcBackend backend, TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    Connection connection;
    try {
      connection = backend.dataSource().getConnection();
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "opening a connection", false);
    }
    try {
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw SqlErrors.translate(e, "starting a transaction", false);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
    return new JdbcSession(backend, tenant, connection);
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public <R> R repository(Class<R> type) {
    requireNonNull(type, "type == null");
    Object repository = repositories.get(type);
    if (repository == null) {
      repository = create(type);
      repositories.put(type, repository);
    }
    return type.cast(repository);
  }

  @Override
  public <R> Optional<R> optionalRepository(Class<R> type) {
    if (!type.getPackageName().equals(AbstractStore.class.getPackageName()) && !backend.provides(type)) {
      return Optional.empty(); // no exception on the path of every guarded stock movement
    }
    return AbstractStore.Session.super.optionalRepository(type);
  }

  private Object create(Class<?> type) {
    Object contributed = backend.moduleRepository(type, this); // other modules' types, never core's
    if (contributed != null) {
      return contributed;
    }
    if (type == CatalogRepository.class) {
      return new JdbcCatalogRepository(this);
    } else if (type == ShopRepository.class) {
      return new JdbcShopRepository(this);
    } else if (type == WarehouseRepository.class) {
      return new JdbcWarehouseRepository(this);
    } else if (type == OrderRepository.class) {
      return new JdbcOrderRepository(this);
    } else if (type == InventoryRepository.class) {
      return new JdbcInventoryRepository(this);
    } else if (type == OutboxRepository.class) {
      return new JdbcOutboxRepository(this);
    } else if (type == RoutingRepository.class) {
      return new JdbcRoutingRepository(this);
    } else if (type == LeaseRepository.class) {
      return new JdbcLeaseRepository(this);
    } else if (type == ListingRepository.class) {
      return new JdbcListingRepository(this);
    } else if (type == PurchasingRepository.class) {
      return new JdbcPurchasingRepository(this);
    } else if (type == SyncRepository.class) {
      return new JdbcSyncRepository(this);
    } else if (type == TrackingUploadRepository.class) {
      return new JdbcTrackingUploadRepository(this);
    } else if (type == StockPushQueueRepository.class) {
      return new JdbcStockPushQueueRepository(this);
    } else if (type == QuantityPolicyRepository.class) {
      return new JdbcQuantityPolicyRepository(this);
    } else if (type == CaseRepository.class) {
      return new JdbcCaseRepository(this);
    } else if (type == FinanceRepository.class) {
      return new JdbcFinanceRepository(this);
    }
    throw new ConfigurationException("JDBC store has no repository " + type.getName());
  }

  @Override
  public void commit() {
    if (closed) {
      throw new StoreException("transaction already ended", null);
    }
    if (failure != null) {
      throw afterFailure();
    }
    flushDeferred();
    try {
      connection.commit();
    } catch (SQLException e) {
      throw fail(e, "commit");
    }
    close();
  }

  @Override
  public void rollbackQuietly() {
    if (closed) {
      return;
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.debug(
          "rollback failed (sqlstate {}); the connection is discarded", SqlErrors.sqlState(e));
    } catch (RuntimeException e) {
      LOG.debug("rollback failed ({}); the connection is discarded", e.getClass().getName());
    } finally {
      close();
    }
  }

  private void close() {
    closed = true;
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing a connection failed (sqlstate {})", SqlErrors.sqlState(e));
    } catch (RuntimeException e) {
      LOG.debug("closing a connection failed ({})", e.getClass().getName());
    }
  }

  // ---- for the repositories

  /** The tenant's id, the first parameter of nearly every statement. */
  String tenantId() {
    return tenant.value();
  }

  Documents documents() {
    return backend.documents();
  }

  /** Runs {@code sql} (an INSERT, UPDATE or DELETE) and returns the number of rows it changed. */
  int update(String operation, String sql, Object... args) {
    checkUsable();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw fail(e, operation);
    }
  }

  /**
   * Runs {@code insert}, a plain {@code INSERT ... VALUES}, unless a unique key of its row is
   * taken; returns whether it inserted. Finding the key taken is not a failure: the transaction
   * stays usable.
   */
  boolean insertIfAbsent(String operation, String insert, Object... args) {
    checkUsable();
    try (PreparedStatement ps =
        connection.prepareStatement(backend.dialect().insertIfAbsent(insert))) {
      bind(ps, args);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      if (backend.dialect() == SqlDialect.H2 && SqlErrors.isUniqueViolation(e)) {
        return false;
      }
      throw fail(e, operation);
    }
  }

  /**
   * Runs {@code insert} (a plain {@code INSERT ... VALUES} whose only possible conflict is a
   * unique key) later, batched with the other deferred inserts of this transaction: at the latest
   * before commit, before a savepoint and whenever {@link #flushDeferred()} is called (by the
   * repository that reads the table back). One round trip for all of a transaction's outbox events
   * instead of one per event. On H2 it runs at once. A unique violation, at once or when flushed,
   * is {@code duplicate}'s exception and makes the transaction rollback-only.
   */
  void deferInsert(String operation, String insert, Supplier<RuntimeException> duplicate, Object... args) {
    checkUsable();
    if (backend.dialect() != SqlDialect.POSTGRES) {
      if (!insertIfAbsent(operation, insert, args)) {
        throw duplicate.get();
      }
      return;
    }
    deferred.add(new Deferred(operation, insert, duplicate, args));
  }

  /** Runs the inserts deferred by {@link #deferInsert}, in order, one JDBC batch per statement. */
  void flushDeferred() {
    checkUsable();
    int i = 0;
    while (i < deferred.size()) {
      Deferred first = deferred.get(i);
      int end = i;
      while (end < deferred.size() && deferred.get(end).sql.equals(first.sql)) {
        end++;
      }
      try (PreparedStatement ps = connection.prepareStatement(first.sql)) {
        for (int k = i; k < end; k++) {
          bind(ps, deferred.get(k).args);
          ps.addBatch();
        }
        ps.executeBatch();
      } catch (SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        if (SqlErrors.isUniqueViolation(e) || SqlErrors.isUniqueViolation(cause)) {
          int failed = e instanceof java.sql.BatchUpdateException b ? b.getUpdateCounts().length : 0;
          Deferred culprit = deferred.get(Math.min(i + failed, end - 1));
          deferred.clear();
          throw rollbackOnly(culprit.duplicate.get());
        }
        deferred.clear();
        throw fail(e, first.operation);
      }
      i = end;
    }
    deferred.clear();
  }

  private record Deferred(String operation, String sql, Supplier<RuntimeException> duplicate, Object[] args) {}

  /** The rows of {@code sql}, each read by {@code reader}. */
  <T> List<T> query(String operation, String sql, RowReader<T> reader, Object... args) {
    checkUsable();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw fail(e, operation);
    }
  }

  /** The first row of {@code sql} read by {@code reader}, if any. */
  <T> Optional<T> queryOne(String operation, String sql, RowReader<T> reader, Object... args) {
    checkUsable();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail(e, operation);
    }
  }

  /** Whether {@code sql} returns a row. */
  boolean exists(String operation, String sql, Object... args) {
    return queryOne(operation, sql, rs -> Boolean.TRUE, args).isPresent();
  }

  /**
   * Runs {@code work}, which may issue several statements, so that it writes all or nothing: if it
   * throws, its statements are undone (to a savepoint) and the transaction stays usable, unless an
   * SQL failure already made it rollback-only.
   */
  <T> T atomically(String operation, Supplier<T> work) {
    flushDeferred();
    int deferredBefore = deferred.size(); // 0: inserts deferred by work are dropped if it fails
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw fail(e, operation);
    }
    T result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      deferred.subList(deferredBefore, deferred.size()).clear();
      if (failure == null) {
        try {
          connection.rollback(savepoint);
        } catch (SQLException undo) {
          RuntimeException mapped = fail(undo, operation);
          mapped.addSuppressed(e);
          throw mapped;
        }
      }
      throw e;
    }
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw fail(e, operation);
    }
    return result;
  }

  /**
   * Runs {@code work} on buyer data: SQL failures in it keep their SQLState but lose the driver's
   * message, which may quote the data.
   */
  <T> T personal(Supplier<T> work) {
    boolean outer = personal;
    personal = true;
    try {
      return work.get();
    } finally {
      personal = outer;
    }
  }

  /**
   * Makes the transaction rollback-only because of {@code e}, raised after some of a repository
   * call's statements ran; returns {@code e} for throwing.
   */
  RuntimeException rollbackOnly(RuntimeException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  private RuntimeException fail(SQLException e, String operation) {
    return rollbackOnly(SqlErrors.translate(e, operation, personal));
  }

  private void checkUsable() {
    if (closed) {
      throw new StoreException("transaction already ended", null);
    }
    if (failure != null) {
      throw afterFailure();
    }
  }

  private RuntimeException afterFailure() {
    RuntimeException cause = requireNonNull(failure);
    if (cause instanceof ConcurrentUpdateException) {
      return new ConcurrentUpdateException("an earlier statement of this transaction", cause);
    }
    return new StoreException("transaction failed earlier and can only roll back", cause);
  }

  // ---- parameters and columns

  /** A typed SQL NULL parameter. */
  enum SqlNull {
    /** A NULL text. */
    VARCHAR(Types.VARCHAR),
    /** A NULL instant. */
    TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE),
    /** A NULL whole number. */
    BIGINT(Types.BIGINT);

    final int type;

    SqlNull(int type) {
      this.type = type;
    }
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowReader<T> {
    /** Reads the current row. */
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Appends {@code AND column IN (?, ...)} with one parameter per value of {@code values}, in
   * declaration order so that equal filters make equal statements; nothing if it is empty.
   */
  static <E extends Enum<E>> void appendIn(
      StringBuilder sql, List<Object> args, String column, Set<E> values, Class<E> type) {
    if (values.isEmpty()) {
      return;
    }
    sql.append(" AND ").append(column).append(" IN (");
    String separator = "";
    for (E value : type.getEnumConstants()) {
      if (values.contains(value)) {
        sql.append(separator).append('?');
        args.add(value.name());
        separator = ", ";
      }
    }
    sql.append(')');
  }

  /** {@code value}, or the typed NULL of text. */
  static Object nullableText(@Nullable String value) {
    return value == null ? SqlNull.VARCHAR : value;
  }

  /** {@code value}, or the typed NULL of a whole number. */
  static Object nullableLong(@Nullable Long value) {
    return value == null ? SqlNull.BIGINT : value;
  }

  /** {@code value}, or the typed NULL of an instant. */
  static Object nullableInstant(@Nullable Instant value) {
    return value == null ? SqlNull.TIMESTAMP : value;
  }

  /** {@code value} as stored: instants are kept at microsecond precision. */
  static Instant stored(Instant value) {
    return value.truncatedTo(ChronoUnit.MICROS);
  }

  /** The instant in column {@code column}, or {@code null}. */
  static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** The instant in the non-null column {@code column}. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    Instant value = instantOrNull(rs, column);
    if (value == null) {
      throw new SQLException("column " + column + " is null", "22004");
    }
    return value;
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      int index = i + 1;
      if (arg instanceof String s) {
        ps.setString(index, s);
      } else if (arg instanceof Long l) {
        ps.setLong(index, l);
      } else if (arg instanceof Integer n) {
        ps.setInt(index, n);
      } else if (arg instanceof Boolean b) {
        ps.setBoolean(index, b);
      } else if (arg instanceof Instant t) {
        ps.setObject(index, OffsetDateTime.ofInstant(stored(t), ZoneOffset.UTC));
      } else if (arg instanceof SqlNull n) {
        ps.setNull(index, n.type);
      } else {
        throw new IllegalArgumentException(
            "unsupported parameter type " + arg.getClass().getName());
      }
    }
  }
}
