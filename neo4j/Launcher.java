// Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1 and waits until it is stopped.
//
//   java [JVM flags] -cp <neo4j runtime classpath> neo4j/Launcher.java \
//        --home DIR [--port N] [--pagecache 256m] [--exit-on-stdin-eof]
//
// --home DIR           Neo4j home: data in DIR/data, logs in DIR/logs/debug.log (created if missing).
// --port N             Bolt port on 127.0.0.1; 0 (the default) picks any free port.
// --pagecache SIZE     page cache size (e.g. 256m, 1g); default 256m. The heap is set with -Xmx.
// --exit-on-stdin-eof  shut down when standard input reaches end-of-file, i.e. when the parent
//                      process that holds the other end of the pipe dies, even by SIGKILL.
//
// When the DBMS accepts Bolt connections it prints exactly one line on stdout:
//   NEO4J_READY bolt://127.0.0.1:PORT
// On a start-up failure it prints the error and the tail of DIR/logs/debug.log on stderr and exits
// with status 1 (2 for bad arguments). SIGTERM/SIGINT shut the DBMS down cleanly (shutdown hook).
//
// Runs in single-file source mode or compiled with javac; it depends only on the Neo4j classpath.

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Launcher {
  private static final String HOST = "127.0.0.1";
  private static final String READY_PREFIX = "NEO4J_READY ";
  private static final int DEBUG_LOG_TAIL_LINES = 60;

  private Launcher() {}

  public static void main(String[] args) {
    Path home = null;
    int port = 0;
    long pageCache = ByteUnit.mebiBytes(256);
    boolean exitOnStdinEof = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--home" -> home = Path.of(value(args, ++i, "--home")).toAbsolutePath();
          case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
          case "--pagecache" -> pageCache = ByteUnit.parse(value(args, ++i, "--pagecache"));
          case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (home == null) throw new IllegalArgumentException("--home DIR is required");
      if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535");
    } catch (RuntimeException e) {
      System.err.println("Launcher: " + e.getMessage());
      System.err.println(
          "usage: Launcher --home DIR [--port N] [--pagecache SIZE] [--exit-on-stdin-eof]");
      System.exit(2);
      return;
    }

    // Started before the DBMS so that a parent dying during a slow start still stops us.
    if (exitOnStdinEof) watchStdin();

    DatabaseManagementService dbms;
    int boltPort;
    try {
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
      if (port > 0) {
        // what neo4j:// routing tables tell clients; with port 0 the real port is only known later
        builder.setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port));
      }
      dbms = builder
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Netty waits a 5 s "quiet period" per event loop group on shutdown (10 s in all). The
          // databases are already stopped and checkpointed by then, so skip it: SIGTERM takes ~1 s.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (Throwable t) {
      failStart(home, t);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    try {
      GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
        throw new IllegalStateException("database '" + db.databaseName() + "' did not become available");
      }
      HostnamePort bolt = db.getDependencyResolver()
          .resolveDependency(ConnectorPortRegister.class)
          .getLocalAddress(ConnectorType.BOLT);
      if (bolt == null) throw new IllegalStateException("the Bolt connector did not register a port");
      boltPort = bolt.getPort();
    } catch (Throwable t) {
      try {
        dbms.shutdown();
      } catch (Throwable ignored) {
        // already failing; report the original error
      }
      failStart(home, t);
      return;
    }

    System.out.println(READY_PREFIX + "bolt://" + HOST + ":" + boltPort);
    System.out.flush();

    // Wait until the JVM exits (signal, System.exit from the stdin watcher).
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
    return args[i];
  }

  /** Exits (running the shutdown hook) once stdin reaches EOF or fails. */
  private static void watchStdin() {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[256];
      try (InputStream in = System.in) {
        while (in.read(buf) >= 0) {
          // discard whatever the parent writes
        }
      } catch (IOException ignored) {
        // a broken pipe means the same as EOF
      }
      System.err.println("Launcher: stdin closed, shutting down");
      System.exit(0);
    }, "stdin-eof-watch");
    t.setDaemon(true);
    t.start();
  }

  /** Reports a start-up failure with the tail of debug.log and exits with status 1. */
  private static void failStart(Path home, Throwable t) {
    PrintStream err = System.err;
    err.println("Launcher: Neo4j failed to start: " + t);
    for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      err.println("  caused by: " + c);
    }
    Path debugLog = home.resolve("logs").resolve("debug.log");
    try {
      List<String> lines = Files.readAllLines(debugLog, StandardCharsets.UTF_8);
      int from = Math.max(0, lines.size() - DEBUG_LOG_TAIL_LINES);
      err.println("---- last " + (lines.size() - from) + " lines of " + debugLog + " ----");
      for (String line : lines.subList(from, lines.size())) err.println(line);
      err.println("---- end of " + debugLog + " ----");
    } catch (IOException | RuntimeException e) {
      err.println("Launcher: (no readable " + debugLog + ": " + e + ")");
    }
    err.flush();
    // halt: no shutdown hooks are registered yet or the DBMS is half started; exit promptly.
    Runtime.getRuntime().halt(1);
  }
}
