package nl.wegwijs.contracts.sealing;

import com.google.crypto.tink.Aead;
import java.util.Optional;
import java.util.UUID;

/** Where a reader finds a newcomer's data key. */
@FunctionalInterface
public interface NewcomerKeys {

    /** The newcomer's AEAD; empty once the newcomer is erased and the key destroyed. */
    Optional<Aead> aead(UUID newcomerId);
}
