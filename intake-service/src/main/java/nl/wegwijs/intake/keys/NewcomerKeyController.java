package nl.wegwijs.intake.keys;

import java.util.UUID;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.intake.newcomers.GoneException;
import nl.wegwijs.intake.newcomers.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authorised path to a newcomer's key (docs/adr/0025-crypto-shredding.md): for the services that read their
 * events (role {@code NEWCOMER_KEYS}, their own client-credentials token), 410 once the newcomer is erased.
 */
@RestController
class NewcomerKeyController {

    private final NewcomerKeyStore keys;

    NewcomerKeyController(NewcomerKeyStore keys) {
        this.keys = keys;
    }

    @GetMapping("/api/newcomer-keys/{id}")
    NewcomerKey key(@PathVariable UUID id) {
        NewcomerKeyStore.State state = keys.state(id);
        if (state instanceof NewcomerKeyStore.State.Present present) {
            return new NewcomerKey(id, NewcomerKeysets.toJson(present.keyset()));
        }
        if (state instanceof NewcomerKeyStore.State.Destroyed) {
            throw new GoneException("newcomer.erased", id);
        }
        throw new NotFoundException("newcomer.not-found", id);
    }

    /** A newcomer's data key as a Tink JSON keyset. */
    record NewcomerKey(UUID newcomerId, String keyset) {}
}
