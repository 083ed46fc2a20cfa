package trama.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with Bolt on loopback, for Trama's default single-machine setup.
 *
 * <p>Configuration comes from the environment, set by the API that spawns this process:
 * TRAMA_DB_DIR (data folder), TRAMA_DB_PORT (Bolt port on 127.0.0.1), TRAMA_DB_PAGECACHE_MB,
 * TRAMA_DB_PASSWORD (password of the "neo4j" user) and TRAMA_DB_EXIT_ON_STDIN_EOF ("1" makes the
 * process stop when its parent goes away, so a killed API never leaves an orphan database).
 * Heap size is set with -Xmx on the java command line.
 *
 * <p>It prints one line "TRAMA-DB READY bolt://127.0.0.1:PORT in N ms" when Bolt accepts
 * connections, or "TRAMA-DB ERROR ..." and exits 1. SIGINT/SIGTERM shut the database down cleanly.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    Path dir = Path.of(env("TRAMA_DB_DIR", "data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("TRAMA_DB_PORT", "7687"));
    long pageCacheMb = Long.parseLong(env("TRAMA_DB_PAGECACHE_MB", "512"));
    String password = System.getenv("TRAMA_DB_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("TRAMA_DB_PASSWORD must be set to at least 8 characters", null);
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(dir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              // One plan per query text, whatever the size of its list parameters: by default
              // Neo4j plans again for each size range of every list (1, 2-10, 11-100... ids,
              // others, types), so the warm-up could not plan what a selection of 20 nodes
              // sends, and each first use cost ~0.15 s (ADR 0011, addendum of session 28).
              .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
              .build();
    } catch (RuntimeException e) {
      fail("could not start Neo4j in " + dir + " on port " + port, e);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("TRAMA-DB STOPPING");
                  dbms.shutdown();
                  System.out.println("TRAMA-DB STOPPED");
                },
                "trama-db-shutdown"));

    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      fail("could not set the database password", e);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("TRAMA-DB READY bolt://127.0.0.1:" + port + " in " + ms + " ms");
    System.out.flush();

    if ("1".equals(System.getenv("TRAMA_DB_EXIT_ON_STDIN_EOF"))) {
      exitWhenStdinCloses();
    }
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; that is the normal case on a restart.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Input is ignored; only the end of the stream matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as end of stream.
              }
              System.exit(0);
            },
            "trama-db-parent-watch");
    watcher.setDaemon(false);
    watcher.start();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void fail(String message, Throwable cause) {
    Throwable root = cause;
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    System.out.println(
        "TRAMA-DB ERROR " + message + (root == null ? "" : ": " + root.getClass().getSimpleName() + ": " + root.getMessage()));
    System.out.flush();
    System.exit(1);
  }
}
