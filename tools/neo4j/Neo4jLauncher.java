// Starts an embedded Neo4j Community database that serves Bolt on 127.0.0.1, for
// machines without NEO4J_URI or Docker (see src/graph/localNeo4j.ts).
//
// Run with Java's single-file source launcher, no build step:
//   java -cp 'tools/neo4j/lib/*' tools/neo4j/Neo4jLauncher.java --data .neo4j/data --port 7687
//
// Options:
//   --data DIR               database home (created if missing); default .neo4j/data
//   --port N                 Bolt port on 127.0.0.1; 0 picks a free one; default 7687
//   --page-cache SIZE        page cache in bytes, or with k/m/g; default 64m
//   --exit-on-stdin-close    stop when standard input closes (the parent process died)
//   --warm-up-and-exit       run one Cypher query, then stop (to record a class-data archive)
//   --endpoint-file FILE     delete FILE when shutting down, if it still names this process
//                            (the record by which other commands find this database)
//
// Prints one line "NEO4J_LOCAL_READY bolt://127.0.0.1:PORT" on stdout once Bolt
// listens, and shuts the database down cleanly on SIGTERM / SIGINT.
// Authentication is disabled: the server accepts any username and password.

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Neo4jLauncher {
  private static final String READY = "NEO4J_LOCAL_READY";

  public static void main(String[] args) throws Exception {
    Path data = Path.of(".neo4j/data");
    int port = 7687;
    long pageCache = parseBytes("64m");
    boolean exitOnStdinClose = false;
    boolean warmUpAndExit = false;
    Path endpointFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(value(args, ++i));
        case "--port" -> port = Integer.parseInt(value(args, ++i));
        case "--page-cache" -> pageCache = parseBytes(value(args, ++i));
        case "--exit-on-stdin-close" -> exitOnStdinClose = true;
        case "--warm-up-and-exit" -> warmUpAndExit = true;
        case "--endpoint-file" -> endpointFile = Path.of(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(data.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // A development database: small memory, no phone-home, little log kept.
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, parseBytes("16m"))
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))
            // Stop quickly: by default Bolt waits 5 s twice for its threads (data is already
            // checkpointed by then).
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            .build();
    Path record = endpointFile;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // First, so that no command connects to a database on its way down.
                  forgetEndpoint(record);
                  service.shutdown();
                },
                "neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    int boltPort =
        ((GraphDatabaseAPI) db)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    long startedMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(READY + " bolt://127.0.0.1:" + boltPort + " in " + startedMs + " ms");
    System.out.flush();

    if (warmUpAndExit) {
      db.executeTransactionally(
          "MERGE (n:LauncherWarmUp {id: $id}) SET n.at = datetime() WITH n DETACH DELETE n RETURN 1",
          Map.of("id", "warm-up"));
      System.exit(0);
    }
    if (exitOnStdinClose) {
      waitForEndOfInput(System.in);
      System.exit(0); // runs the shutdown hook
    }
    Thread.currentThread().join(); // the database threads keep serving until a signal
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // ignore input; only its end matters
      }
    } catch (IOException closed) {
      // a broken pipe means the parent is gone as well
    }
  }

  private static void forgetEndpoint(Path file) {
    if (file == null) return;
    try {
      String text = Files.readString(file);
      if (text.matches("(?s).*\"pid\"\\s*:\\s*" + ProcessHandle.current().pid() + "\\b.*")) {
        Files.deleteIfExists(file);
      }
    } catch (IOException gone) {
      // no record (never written, or removed by the owner): nothing to forget
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
    return args[i];
  }

  static long parseBytes(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    char last = t.charAt(t.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }
}
