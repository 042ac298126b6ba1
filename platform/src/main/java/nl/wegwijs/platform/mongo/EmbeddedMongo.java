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
 * ignores non-unique secondary indexes; see docs/design.md section 3.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final H2Backend backend;
    private final MongoServer server;

    private EmbeddedMongo(H2Backend backend, MongoServer server) {
        this.backend = backend;
        this.server = server;
    }

    public static EmbeddedMongo start(Path dataDir, String host, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the MongoDB data folder " + dataDir, e);
        }
        H2Backend backend = new IdLookupH2Backend(dataDir.resolve("wegwijs.mv").toString());
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        return new EmbeddedMongo(backend, server);
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
