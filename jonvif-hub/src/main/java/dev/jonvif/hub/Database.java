package dev.jonvif.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;

/**
 * The hub's JDBC database: SQLite in the data directory by default, any JDBC URL (PostgreSQL) when
 * configured. Migrated with Flyway on open. One connection, used by one caller at a time: the hub
 * writes little (cameras, settings, events in small batches), so that is simpler than a pool and is
 * what SQLite wants anyway.
 */
final class Database implements AutoCloseable {

  /** Work done with the connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final String url;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();

  private Database(String url, Connection connection) {
    this.url = url;
    this.connection = connection;
  }

  /**
   * Opens (creating when needed) and migrates the database at {@code jdbcUrl}.
   *
   * @param user the database user, or {@code null} (SQLite)
   * @param password its password, or {@code null}
   */
  static Database open(String jdbcUrl, String user, String password) {
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(jdbcUrl, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try {
      Connection c = DriverManager.getConnection(jdbcUrl, user, password);
      if (jdbcUrl.startsWith("jdbc:sqlite:")) {
        try (var st = c.createStatement()) {
          st.execute("PRAGMA journal_mode=WAL");
          st.execute("PRAGMA synchronous=NORMAL");
          st.execute("PRAGMA busy_timeout=5000");
        }
      }
      return new Database(jdbcUrl, c);
    } catch (SQLException e) {
      throw new HubException("cannot open the database " + redact(jdbcUrl) + ": " + e.getMessage());
    }
  }

  /** Runs {@code work} with the connection, one caller at a time. */
  <T> T with(Work<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new HubException("database error: " + e.getMessage());
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} in one transaction. */
  <T> T inTransaction(Work<T> work) {
    return with(
        c -> {
          c.setAutoCommit(false);
          try {
            T out = work.run(c);
            c.commit();
            return out;
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  /** The JDBC URL without any password parameter. */
  String describe() {
    return redact(url);
  }

  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      // closing: nothing more to do
    } finally {
      lock.unlock();
    }
  }
}
