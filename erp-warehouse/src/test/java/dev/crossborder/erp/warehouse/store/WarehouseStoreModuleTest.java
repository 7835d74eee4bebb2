package dev.crossborder.erp.warehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.warehouse.Warehouses;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Registering the module: its own migration history, idempotent migrations, explicit registration. */
class WarehouseStoreModuleTest {

  @Test
  void appliesItsMigrationsOnceAndRecordsThemInItsOwnHistory() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:whm_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    JdbcStore store = JdbcStore.builder(ds).dialect(JdbcStore.Dialect.H2).module(WarehouseStoreModule.instance()).build();
    int first = store.migrate();
    assertThat(first).isGreaterThan(1);
    assertThat(store.migrate()).isZero();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version, description FROM erp_warehouse_schema_history ORDER BY version")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2));
      }
      assertThat(rows).containsExactly("1 warehouse", "2 outbound");
    }
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM erp_core_schema_history")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(first - WarehouseStoreModule.instance().migrations().size());
    }
  }

  @Test
  void registrationIsExplicitAndOnce() {
    assertThatThrownBy(() -> InMemoryStore.builder().module(WarehouseStoreModule.instance()).module(WarehouseStoreModule.instance()))
        .isInstanceOf(ConfigurationException.class);
    JdbcDataSource ds = new JdbcDataSource();
    assertThatThrownBy(() -> JdbcStore.builder(ds).module(WarehouseStoreModule.instance()).module(WarehouseStoreModule.instance()))
        .isInstanceOf(ConfigurationException.class);
    Erp without = Erp.builder().tenant(TenantId.of("t")).store(new InMemoryStore()).build();
    assertThatThrownBy(() -> Warehouses.of(without))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("WarehouseStoreModule");
  }
}
