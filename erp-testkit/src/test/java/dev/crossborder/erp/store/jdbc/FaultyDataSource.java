package dev.crossborder.erp.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} wrapper that lets a test break things: before every statement a connection
 * executes, and before its commit, it asks a {@link Fault} what to do. The fault may throw (an
 * injected SQL failure) or act on the real connection (close it, kill its server process) and let
 * the call go on to fail for real. Thread-safe if the fault is.
 */
final class FaultyDataSource {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

  private FaultyDataSource() {}

  /** Decides what happens before a statement or a commit. */
  @FunctionalInterface
  interface Fault {
    /**
     * Called before the {@code number}-th statement of a connection (counted from 1) or, with
     * {@code commit} true, before its commit; may throw or act on {@code real}.
     */
    void before(boolean commit, int number, Connection real) throws SQLException;
  }

  /** The transactions seen so far through a wrapped data source. */
  static final class Counter {
    final AtomicInteger connections = new AtomicInteger();
  }

  /** {@code dataSource} with {@code fault} applied to every connection it hands out. */
  static DataSource wrap(DataSource dataSource, Fault fault) {
    return wrap(dataSource, fault, new Counter());
  }

  /** Like {@link #wrap(DataSource, Fault)}, counting connections in {@code counter}. */
  static DataSource wrap(DataSource dataSource, Fault fault, Counter counter) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result = invoke(dataSource, method, args);
          if (result instanceof Connection real && method.getName().equals("getConnection")) {
            counter.connections.incrementAndGet();
            return connection(real, fault);
          }
          return result;
        };
    return (DataSource)
        Proxy.newProxyInstance(
            FaultyDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, handler);
  }

  private static Connection connection(Connection real, Fault fault) {
    AtomicInteger statements = new AtomicInteger();
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            fault.before(true, statements.get(), real);
          }
          Object result = invoke(real, method, args);
          if (result instanceof PreparedStatement ps) {
            return statement(ps, PreparedStatement.class, real, fault, statements);
          }
          if (result instanceof Statement st) {
            return statement(st, Statement.class, real, fault, statements);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            FaultyDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Object statement(
      Statement real, Class<?> type, Connection connection, Fault fault, AtomicInteger statements) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (EXECUTIONS.contains(method.getName())) {
            fault.before(false, statements.incrementAndGet(), connection);
          }
          return invoke(real, method, args);
        };
    return Proxy.newProxyInstance(
        FaultyDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
