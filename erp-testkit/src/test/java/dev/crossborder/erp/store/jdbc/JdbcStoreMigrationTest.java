package dev.crossborder.erp.store.jdbc;

import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.empty;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.newTenant;
import static dev.crossborder.erp.testkit.store.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreException;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import dev.crossborder.erp.testkit.support.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Applying erp-core's migrations: once, again, from several instances at once, and guarded. */
class JdbcStoreMigrationTest {
  private static final int INSTANCES = 4;
  /** erp-core's migrations in order; a branch adding one appends a line here. */
  private static final List<String> SCRIPTS =
      List.of(
          "1|core schema",
          "2|listings",
          "3|purchasing",
          "4|sync",
          "5|routing",
          "6|tracking upload",
          "7|platform writes",
          "8|quantity policy",
          "9|cases",
          "10|finance");

  private static void assertHistory(List<String> history) {
    assertThat(history).containsExactlyElementsOf(SCRIPTS);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void appliesTheSchemaOnceAndThenFindsNothingToDo(Dialect dialect) throws SQLException {
    DataSource db = empty(dialect);
    JdbcStore store = JdbcStore.builder(db).dialect(dialect).build();

    assertThat(store.migrate()).isEqualTo(SCRIPTS.size());
    assertThat(store.migrate()).isZero();
    assertThat(JdbcStore.builder(db).dialect(dialect).migrate(true).build().migrate()).isZero();

    assertHistory(history(db));
    TenantId tenant = newTenant();
    store.useTransaction(tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s1")));
    Optional<Shop> s1 =
        store.inTransaction(
            tenant, tx -> tx.repository(ShopRepository.class).find(ShopId.of("s1")));
    assertThat(s1).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void appliesTheSchemaOnceWhenInstancesStartAtTheSameTime(Dialect dialect) throws Exception {
    DataSource first = empty(dialect);
    List<DataSource> pools = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      // On PostgreSQL every instance has its own pool on the same schema, as separate hosts would.
      pools.add(
          i == 0 || dialect == Dialect.H2
              ? first
              : TestDatabases.secondPool((HikariDataSource) first));
    }
    CyclicBarrier start = new CyclicBarrier(INSTANCES);
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    try {
      List<Future<Integer>> applied = new ArrayList<>();
      for (DataSource pool : pools) {
        applied.add(
            threads.submit(
                () -> {
                  JdbcStore store = JdbcStore.builder(pool).dialect(dialect).build();
                  start.await(30, TimeUnit.SECONDS);
                  return store.migrate();
                }));
      }
      int total = 0;
      for (Future<Integer> f : applied) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(SCRIPTS.size());
    } finally {
      threads.shutdownNow();
    }
    assertHistory(history(first));
    JdbcStore store = JdbcStore.builder(first).dialect(dialect).build();
    assertThat(store.migrate()).isZero();
    TenantId tenant = newTenant();
    store.useTransaction(tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s1")));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void refusesToRunWhenAnAppliedMigrationChanged(Dialect dialect) throws SQLException {
    DataSource db = empty(dialect);
    JdbcStore store = JdbcStore.builder(db).dialect(dialect).migrate(true).build();
    execute(db, "UPDATE erp_core_schema_history SET checksum = checksum + 1 WHERE version = '1'");

    assertThatThrownBy(store::migrate)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("V1")
        .hasMessageContaining("checksum");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void reportsAMissingSchemaAsAStoreFailureThatNamesTheMigrations(Dialect dialect) {
    JdbcStore store = JdbcStore.builder(empty(dialect)).dialect(dialect).build();

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    newTenant(), tx -> tx.repository(ShopRepository.class).find(ShopId.of("s1"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("migrat");
  }

  @Test
  void refusesABuilderSettingGivenTwice() {
    DataSource db = TestDatabases.h2();

    assertThatThrownBy(() -> JdbcStore.builder(db).dialect(Dialect.H2).dialect(Dialect.POSTGRES))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("dialect");
    assertThatThrownBy(() -> JdbcStore.builder(db).maxAttempts(3).maxAttempts(3))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> JdbcStore.builder(db).migrate(false).migrate(true))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("migrate");
  }

  @Test
  void refusesABuilderWithoutDialectOrWithNoAttempts() {
    DataSource db = TestDatabases.h2();

    assertThatThrownBy(() -> JdbcStore.builder(db).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("dialect");
    assertThatThrownBy(() -> JdbcStore.builder(db).maxAttempts(0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void factoriesNameTheirDialectAndDoNotTouchTheDatabase() {
    DataSource nowhere =
        FaultyDataSource.wrap(
            TestDatabases.h2(),
            (commit, n, real) -> {
              throw new SQLException("no statement expected", "XX000");
            });

    assertThat(JdbcStore.h2(nowhere).dialect()).isEqualTo(Dialect.H2);
    assertThat(JdbcStore.postgres(nowhere).dialect()).isEqualTo(Dialect.POSTGRES);
  }

  private static List<String> history(DataSource db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, description, installed_at FROM erp_core_schema_history ORDER BY"
                    + " version")) {
      while (rs.next()) {
        assertThat(rs.getObject(3)).isNotNull();
        rows.add(rs.getString(1) + "|" + rs.getString(2));
      }
    }
    // Versions are text in the table; compare them as numbers (V10 comes after V9).
    rows.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.substring(0, r.indexOf('|')))));
    return rows;
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
