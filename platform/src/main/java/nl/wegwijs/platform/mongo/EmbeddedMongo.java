package nl.wegwijs.platform.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire store (mongo-java-server) on an H2 file, so documents survive a restart. It has no transactions and
 * ignores non-unique secondary indexes (docs/design.md section 3). A write is acknowledged once it is on disk
 * (ADR 10).
 */
public final class EmbeddedMongo implements AutoCloseable {

    static final String FILE_NAME = "wegwijs.mv";

    private final H2Backend backend;
    private final MongoServer server;

    private final Path file;

    private EmbeddedMongo(H2Backend backend, MongoServer server, Path file) {
        this.backend = backend;
        this.server = server;
        this.file = file;
    }

    /** A store that answers a write only once it is on disk (ADR 10). */
    public static EmbeddedMongo start(Path dataDir, String host, int port) {
        return start(dataDir, host, port, true);
    }

    /**
     * A store that leaves commits to H2's background writer, as mongo-java-server does out of the box: a crash loses
     * about the last second of acknowledged writes. Only for the benchmark that measures what durability costs.
     */
    public static EmbeddedMongo startWithoutForcedCommits(Path dataDir, String host, int port) {
        return start(dataDir, host, port, false);
    }

    private static EmbeddedMongo start(Path dataDir, String host, int port, boolean forceCommits) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the MongoDB data folder " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        H2Backend backend = new DurableH2Backend(file.toString(), forceCommits);
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        return new EmbeddedMongo(backend, server, file);
    }

    /** The size of the store's file now, in bytes. */
    public long fileBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String connectionString() {
        return "mongodb://" + server.getLocalAddress().getHostString() + ":"
                + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
