package dev.crossborder.erp.testkit.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Databases for the JDBC tests: fresh in-memory H2 databases, and PostgreSQL when the environment
 * names one.
 *
 * <p>PostgreSQL is configured by two environment variables:
 *
 * <ul>
 *   <li>{@value #URL_ENV}: a JDBC URL such as {@code
 *       jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Unset or unreachable, the PostgreSQL
 *       tests are skipped, and one line in the log says why.
 *   <li>{@value #REQUIRE_ENV}{@code =true}: PostgreSQL must be there; an unset or unreachable URL
 *       then fails the tests instead of skipping them (for CI).
 * </ul>
 *
 * <p>Each JVM run works in a schema of its own ({@code erp_test_<random>}), created on first use
 * and dropped, best-effort, when the JVM exits, so reruns start clean and parallel runs on one
 * server do not meet. Pools opened here are closed at exit too.
 *
 * <p>Thread-safe.
 */
public final class TestDatabases {
  /** The environment variable holding the PostgreSQL JDBC URL. */
  public static final String URL_ENV = "ERP_TEST_POSTGRES_URL";

  /** The environment variable that, set to {@code true}, makes PostgreSQL mandatory. */
  public static final String REQUIRE_ENV = "ERP_REQUIRE_POSTGRES";

  private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
  private static final AtomicInteger POOLS = new AtomicInteger();
  private static final List<HikariDataSource> OPEN_POOLS = new CopyOnWriteArrayList<>();
  private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

  private static @Nullable Postgres postgres;
  private static boolean postgresChecked;

  private TestDatabases() {}

  /**
   * A fresh, empty in-memory H2 database with a unique name, kept until the JVM exits. Its lock
   * timeout is 10 seconds, so that tests with many contending threads wait rather than retry.
   */
  public static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:erp_"
            + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return ds;
  }

  /**
   * The shared pool on this JVM's PostgreSQL schema, or empty when PostgreSQL is not configured or
   * not reachable (and not required).
   *
   * @throws IllegalStateException if {@value #REQUIRE_ENV} is {@code true} and PostgreSQL is not
   *     available
   */
  public static synchronized Optional<HikariDataSource> postgres() {
    if (!postgresChecked) {
      postgresChecked = true;
      postgres = connect();
    }
    if (postgres == null) {
      if (required()) {
        throw new IllegalStateException(
            REQUIRE_ENV
                + "=true but PostgreSQL is not available: set "
                + URL_ENV
                + " to a reachable server");
      }
      return Optional.empty();
    }
    return Optional.of(postgres.pool());
  }

  /**
   * The shared PostgreSQL pool; when PostgreSQL is not available the calling test is skipped (JUnit
   * assumption), or fails if {@value #REQUIRE_ENV} is {@code true}.
   */
  public static HikariDataSource assumePostgres() {
    Optional<HikariDataSource> pool = postgres();
    Assumptions.assumeTrue(pool.isPresent(), "PostgreSQL not configured: set " + URL_ENV);
    return pool.orElseThrow();
  }

  /**
   * A second, independent pool on the same PostgreSQL schema as {@code pool}, as a second host
   * instance sharing the database would open; closed at JVM exit.
   */
  public static HikariDataSource secondPool(HikariDataSource pool) {
    Postgres pg = requirePostgres();
    return openPool(pg.url(), pool.getSchema());
  }

  /**
   * A pool on a new, empty PostgreSQL schema of its own (for tests that need an empty database,
   * such as migration tests); skips or fails the calling test like {@link #assumePostgres()}. The
   * schema is dropped at JVM exit.
   */
  public static HikariDataSource assumeFreshPostgresSchema() {
    assumePostgres();
    Postgres pg = requirePostgres();
    String schema = newSchema(pg.url());
    return openPool(pg.url(), schema);
  }

  private static Postgres requirePostgres() {
    synchronized (TestDatabases.class) {
      if (postgres == null) {
        throw new IllegalStateException("PostgreSQL is not available");
      }
      return postgres;
    }
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
  }

  private static @Nullable Postgres connect() {
    String url = System.getenv(URL_ENV);
    if (url == null || url.isBlank()) {
      if (!required()) {
        LOG.warn(
            "PostgreSQL tests skipped: {} is not set (for example"
                + " {}=jdbc:postgresql://127.0.0.1:5432/test?user=postgres)",
            URL_ENV,
            URL_ENV);
      }
      return null;
    }
    try {
      String schema = newSchema(url);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> cleanUp(url), "erp-test-databases-cleanup"));
      return new Postgres(url, openPool(url, schema));
    } catch (RuntimeException e) {
      if (required()) {
        throw new IllegalStateException("PostgreSQL at " + shown(url) + " is not reachable", e);
      }
      LOG.warn("PostgreSQL tests skipped: {} is not reachable ({})", shown(url), e.getMessage());
      return null;
    }
  }

  private static String newSchema(String url) {
    String schema =
        "erp_test_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toLowerCase(Locale.ROOT);
    DriverManager.setLoginTimeout(10);
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create schema " + schema + " (sqlstate " + e.getSQLState() + ")", e);
    }
    SCHEMAS.add(schema);
    return schema;
  }

  private static HikariDataSource openPool(String url, String schema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setSchema(schema);
    config.setPoolName("erp-test-pg-" + POOLS.incrementAndGet());
    config.setMaximumPoolSize(12);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(30_000);
    config.setIdleTimeout(10_000);
    HikariDataSource pool = new HikariDataSource(config);
    OPEN_POOLS.add(pool);
    return pool;
  }

  private static void cleanUp(String url) {
    for (HikariDataSource pool : OPEN_POOLS) {
      try {
        pool.close();
      } catch (RuntimeException e) {
        // best effort at exit
      }
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      for (String schema : SCHEMAS) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    } catch (SQLException | RuntimeException e) {
      System.err.println("could not drop test schemas " + SCHEMAS + ": " + e.getMessage());
    }
  }

  /** The URL without its query, which may hold a password. */
  private static String shown(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private record Postgres(String url, HikariDataSource pool) {}
}
