package nl.wegwijs.platform.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;

/**
 * The master key of the newcomers' data keys (docs/adr/0025-crypto-shredding.md): generated into the data folder on
 * the first start, readable by its owner only (mode 600), and kept: without it no event of any newcomer opens again.
 */
public final class MasterKeyFile {

    static final String NAME = "newcomer-master-key.json";

    private MasterKeyFile() {}

    /** The key file in the data folder, made when absent; its location as the intake service's setting. */
    public static String ensure(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            Files.createDirectories(dataDir);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, NewcomerKeysets.toJson(NewcomerKeysets.generate()), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            // Made at an earlier start: kept as it is.
        } catch (IOException e) {
            throw new UncheckedIOException("The newcomer master key cannot be made in " + dataDir, e);
        }
        return file.toUri().toString();
    }
}
