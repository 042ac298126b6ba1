package nl.wegwijs.platform.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The store's file holds personal data: only the account that runs the platform may read it (mode 600). */
final class OwnerOnly {

    private OwnerOnly() {}

    static Path file(Path path) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return path;
        }
        try {
            if (Files.notExists(path)) {
                Files.createFile(
                        path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the store file " + path + " to its owner", e);
        }
    }
}
