package nl.wegwijs.platform.mongo;

import java.nio.file.Path;

/** The embedded store alone in a process of its own, so a test can kill it: prints its address, then waits. */
public final class StoreProcess {

    private StoreProcess() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongo mongo = EmbeddedMongo.start(Path.of(args[0]), "localhost", 0);
        System.out.println("READY " + mongo.connectionString());
        System.out.flush();
        Thread.currentThread().join();
    }
}
