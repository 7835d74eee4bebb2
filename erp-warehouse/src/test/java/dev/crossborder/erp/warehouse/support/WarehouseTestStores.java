package dev.crossborder.erp.warehouse.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.warehouse.store.WarehouseStoreModule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Databases for the warehouse module's JDBC tests: fresh in-memory H2 databases, and a PostgreSQL
 * schema of this JVM's own when {@code ERP_TEST_POSTGRES_URL} names a server (skipped when it does
 * not, failing instead with {@code ERP_REQUIRE_POSTGRES=true}), dropped at exit. Thread-safe.
 */
public final class WarehouseTestStores {
  private static @Nullable DataSource postgres;

  private WarehouseTestStores() {}

  /** A migrated store on a fresh H2 database, with the warehouse module. */
  public static JdbcStore h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:wh_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return JdbcStore.builder(ds).dialect(JdbcStore.Dialect.H2).module(WarehouseStoreModule.instance()).migrate(true).build();
  }

  /** A migrated store on this JVM's PostgreSQL schema, with the warehouse module. */
  public static JdbcStore postgres() {
    return JdbcStore.builder(postgresDataSource())
        .dialect(JdbcStore.Dialect.POSTGRES)
        .module(WarehouseStoreModule.instance())
        .migrate(true)
        .build();
  }

  /** This JVM's PostgreSQL schema (created on first use); skips or fails the test without one. */
  public static synchronized DataSource postgresDataSource() {
    String url = System.getenv("ERP_TEST_POSTGRES_URL");
    boolean required = "true".equalsIgnoreCase(System.getenv("ERP_REQUIRE_POSTGRES"));
    if (url == null || url.isBlank()) {
      if (required) {
        throw new IllegalStateException("ERP_REQUIRE_POSTGRES=true but ERP_TEST_POSTGRES_URL is not set");
      }
      Assumptions.abort("PostgreSQL not configured: set ERP_TEST_POSTGRES_URL");
    }
    if (postgres == null) {
      String schema = "erp_wh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
      try (Connection c = DriverManager.getConnection(url);
          Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create schema " + schema + " (sqlstate " + e.getSQLState() + ")", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url, schema), "erp-wh-test-cleanup"));
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setSchema(schema);
      config.setPoolName("erp-wh-test-pg");
      config.setMaximumPoolSize(8);
      config.setMinimumIdle(0);
      HikariDataSource pool = new HikariDataSource(config);
      Runtime.getRuntime().addShutdownHook(new Thread(pool::close, "erp-wh-test-pool-close"));
      postgres = pool;
    }
    return postgres;
  }

  private static void drop(String url, String schema) {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort at exit
    }
  }
}
