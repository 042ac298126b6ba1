package nl.wegwijs.platform.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Greps the embedded store's files for a text, as someone who copied them would. */
public final class StoreFiles {

    private StoreFiles() {}

    /** Whether a store file ({@code *.mv}) in this folder or below holds the text in UTF-8. */
    public static boolean contain(Path dir, String text) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".mv"))
                    .anyMatch(file -> holds(file, text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holds(Path file, byte[] wanted) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + wanted.length <= bytes.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
