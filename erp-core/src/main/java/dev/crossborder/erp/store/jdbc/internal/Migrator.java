package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies erp-core's migrations ({@code db/migration/core/V<n>__<description>.sql}) and records
 * them in {@code erp_core_schema_history} (version, description, checksum, installed_at), which is
 * separate from any Flyway history so that a host can use either. Another module's migrations
 * ({@code db/migration/<module>/}) are applied the same way by a migrator of their own, recorded in
 * {@code erp_<module>_schema_history}.
 *
 * <p>Two instances may start at once. On PostgreSQL all pending scripts and their history rows run
 * in one transaction under a transaction-scoped advisory lock, so the second instance waits and
 * then finds nothing to do. H2 commits every DDL statement on its own and has no advisory locks,
 * and its concurrent DDL is not safe, so there the instances of one JVM take turns, and across
 * processes the safety comes from the scripts themselves: every statement is idempotent ({@code IF
 * NOT EXISTS}), a failed attempt is retried and then finds the other's tables, and a history row
 * that the other inserted first is accepted if its checksum matches.
 *
 * <p>Thread-safe (each call uses its own connection).
 */
public final class Migrator {
  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

  /** Where the scripts are, on the class path. */
  static final String LOCATION = "db/migration/core/";

  /** The scripts in version order; a new migration is added at the end. */
  static final List<String> SCRIPTS =
      List.of("V1__core_schema.sql", "V2__listings.sql", "V3__purchasing.sql", "V4__sync.sql", "V5__routing.sql",
          "V6__tracking_upload.sql", "V7__platform_writes.sql", "V8__quantity_policy.sql",
          "V9__cases.sql", "V10__finance.sql");

  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
  private static final int LOCK_CLASS = 0x45525043; // "ERPC"
  private static final int H2_ATTEMPTS = 5;
  private static final ReentrantLock H2_LOCK = new ReentrantLock();

  private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");

  private final JdbcBackend backend;
  private final String module;
  private final String location;
  private final List<String> scripts;
  private final ClassLoader loader;
  private final String history;
  private final String label;

  /** A migrator of erp-core's schema in the database behind {@code backend}. */
  public Migrator(JdbcBackend backend) {
    this(backend, "core", SCRIPTS, Migrator.class.getClassLoader());
  }

  /**
   * A migrator of module {@code module}'s schema: {@code scripts} in {@code
   * db/migration/<module>/}, loaded by {@code loader}, recorded in {@code
   * erp_<module>_schema_history}.
   */
  public Migrator(JdbcBackend backend, String module, List<String> scripts, ClassLoader loader) {
    this.backend = requireNonNull(backend, "backend == null");
    if (!MODULE_NAME.matcher(requireNonNull(module, "module == null")).matches()) {
      throw new ConfigurationException("module name must be lower-case letters, digits and _: " + module);
    }
    this.module = module;
    this.location = "db/migration/" + module + "/";
    this.scripts = List.copyOf(scripts);
    this.loader = requireNonNull(loader, "loader == null");
    this.history = "erp_" + module + "_schema_history";
    this.label = "erp-" + module;
  }

  private String createHistory() {
    return "CREATE TABLE IF NOT EXISTS " + history + " ("
        + " version VARCHAR(50) NOT NULL,"
        + " description VARCHAR(200) NOT NULL,"
        + " checksum INTEGER NOT NULL,"
        + " installed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,"
        + " CONSTRAINT " + history + "_pk PRIMARY KEY (version))";
  }

  /**
   * Applies the pending migrations.
   *
   * @return how many this call applied
   * @throws ConfigurationException if an applied migration's checksum differs from its script
   * @throws StoreException if the database fails
   */
  public int migrate() {
    List<Script> scripts = new ArrayList<>();
    for (String name : this.scripts) {
      scripts.add(Script.load(loader, location, name));
    }
    try (Connection c = backend.dataSource().getConnection()) {
      return backend.dialect() == SqlDialect.POSTGRES
          ? migratePostgres(c, scripts)
          : migrateH2(c, scripts);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "migration", false);
    }
  }

  private int migratePostgres(Connection c, List<Script> scripts) throws SQLException {
    c.setAutoCommit(false);
    try {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
        lock.setInt(1, LOCK_CLASS);
        lock.setInt(2, String.valueOf(c.getSchema()).hashCode() + (module.equals("core") ? 0 : module.hashCode()));
        lock.execute();
      }
      execute(c, createHistory());
      Map<String, Integer> applied = applied(c);
      int count = 0;
      for (Script script : scripts) {
        if (isApplied(script, applied)) {
          continue;
        }
        for (String statement : script.statements()) {
          execute(c, statement);
        }
        insertHistory(c, script);
        count++;
      }
      c.commit();
      logApplied(scripts, applied, count);
      return count;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  private int migrateH2(Connection c, List<Script> scripts) throws SQLException {
    // H2 runs DDL of concurrent sessions unsafely ("object already exists" from CREATE ... IF NOT
    // EXISTS): serialize the instances of this JVM, and retry for those of other processes.
    H2_LOCK.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return migrateH2Once(c, scripts);
        } catch (SQLException e) {
          if (attempt >= H2_ATTEMPTS || SqlErrors.isUniqueViolation(e)) {
            throw e;
          }
          LOG.debug(
              "{} migration attempt {} failed (sqlstate {}); trying again",
              label,
              attempt,
              SqlErrors.sqlState(e));
        }
      }
    } finally {
      H2_LOCK.unlock();
    }
  }

  private int migrateH2Once(Connection c, List<Script> scripts) throws SQLException {
    c.setAutoCommit(true);
    execute(c, createHistory());
    Map<String, Integer> applied = applied(c);
    int count = 0;
    for (Script script : scripts) {
      if (isApplied(script, applied)) {
        continue;
      }
      for (String statement : script.statements()) {
        execute(c, statement);
      }
      try {
        insertHistory(c, script);
        count++;
      } catch (SQLException e) {
        if (!SqlErrors.isUniqueViolation(e)) {
          throw e;
        }
        // Another instance applied the same script at the same time and recorded it first.
        isApplied(script, applied(c));
      }
    }
    logApplied(scripts, applied, count);
    return count;
  }

  private boolean isApplied(Script script, Map<String, Integer> applied) {
    Integer checksum = applied.get(script.version());
    if (checksum == null) {
      return false;
    }
    if (checksum != script.checksum()) {
      throw new ConfigurationException(
          label + " migration V"
              + script.version()
              + " changed after it was applied: checksum "
              + script.checksum()
              + " differs from recorded "
              + checksum);
    }
    return true;
  }

  private Map<String, Integer> applied(Connection c) throws SQLException {
    Map<String, Integer> applied = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version, checksum FROM " + history)) {
      while (rs.next()) {
        applied.put(rs.getString(1), rs.getInt(2));
      }
    }
    return applied;
  }

  private void insertHistory(Connection c, Script script) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO " + history + " (version, description, checksum) VALUES (?, ?, ?)")) {
      ps.setString(1, script.version());
      ps.setString(2, script.description());
      ps.setInt(3, script.checksum());
      ps.executeUpdate();
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private void logApplied(List<Script> scripts, Map<String, Integer> before, int count) {
    if (count == 0) {
      LOG.debug("{} schema is up to date ({} migrations)", label, scripts.size());
      return;
    }
    for (Script script : scripts) {
      if (!before.containsKey(script.version())) {
        LOG.info("applied {} migration V{} ({})", label, script.version(), script.description());
      }
    }
  }

  /** One migration script: its version, description, checksum and statements. */
  record Script(String version, String description, int checksum, List<String> statements) {

    static Script load(String fileName) {
      return load(Migrator.class.getClassLoader(), LOCATION, fileName);
    }

    static Script load(ClassLoader loader, String location, String fileName) {
      Matcher m = NAME.matcher(fileName);
      if (!m.matches()) {
        throw new IllegalStateException("not a migration name: " + fileName);
      }
      String text;
      try (InputStream in =
          loader.getResourceAsStream(location + fileName)) {
        if (in == null) {
          throw new StoreException(
              "migration " + location + fileName + " is not on the class path", null);
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new StoreException("cannot read migration " + location + fileName, e);
      }
      text = text.replace("\r\n", "\n");
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      CRC32 crc = new CRC32();
      crc.update(text.getBytes(StandardCharsets.UTF_8));
      return new Script(
          m.group(1), m.group(2).replace('_', ' '), (int) crc.getValue(), split(text));
    }

    /**
     * Splits a script into statements at semicolons that end a statement, skipping {@code --}
     * comments and not splitting inside quoted text.
     */
    static List<String> split(String script) {
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < script.length(); i++) {
        char ch = script.charAt(i);
        if (!quoted && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
          int end = script.indexOf('\n', i);
          i = end < 0 ? script.length() : end;
          current.append('\n');
          continue;
        }
        if (ch == '\'') {
          quoted = !quoted;
        }
        if (!quoted && ch == ';') {
          add(statements, current);
          current.setLength(0);
        } else {
          current.append(ch);
        }
      }
      add(statements, current);
      return List.copyOf(statements);
    }

    private static void add(List<String> statements, StringBuilder statement) {
      String sql = statement.toString().strip();
      if (!sql.isEmpty()) {
        statements.add(sql);
      }
    }
  }
}
