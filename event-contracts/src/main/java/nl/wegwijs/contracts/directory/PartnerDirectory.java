package nl.wegwijs.contracts.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import tools.jackson.core.JacksonException;

/**
 * The municipality and its partner organisations: their topics, contacts, the data they may receive and their SLA
 * policy. Data, not code: adding a partner is an entry in the directory file.
 */
public final class PartnerDirectory {

    /** The default directory's classpath resource. */
    public static final String DEFAULT_RESOURCE = "/partner-directory.json";

    private final Municipality municipality;
    private final Map<PartnerCode, Partner> partners;

    PartnerDirectory(Municipality municipality, Map<PartnerCode, Partner> partners) {
        this.municipality = municipality;
        this.partners = Collections.unmodifiableMap(new LinkedHashMap<>(partners));
    }

    public static PartnerDirectory loadDefault() {
        try (InputStream in = PartnerDirectory.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new InvalidDirectoryException(DEFAULT_RESOURCE + " is not on the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PartnerDirectory load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read partner directory " + file, e);
        }
    }

    /** Reads a directory; throws {@link InvalidDirectoryException} naming the partner and field at fault. */
    public static PartnerDirectory load(InputStream json) {
        try {
            return DirectoryParser.parse(EventJson.mapper().readTree(json));
        } catch (JacksonException e) {
            throw new InvalidDirectoryException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Municipality municipality() {
        return municipality;
    }

    /** Every partner, in the order of the file. */
    public List<Partner> partners() {
        return List.copyOf(partners.values());
    }

    public Optional<Partner> partner(PartnerCode code) {
        return Optional.ofNullable(partners.get(code));
    }

    /**
     * Whether a referral to this partner, about these life domains, may be issued for this newcomer
     * ({@link Partner#refusal}); a partner not in the directory is refused too.
     */
    public Optional<ReferralFailureReason> refusal(
            PartnerCode code, Collection<LifeDomain> domains, NewcomerProfile profile) {
        return partner(code)
                .map(partner -> partner.refusal(domains, profile))
                .orElse(Optional.of(ReferralFailureReason.UNKNOWN_PARTNER));
    }

    public boolean contains(PartnerCode code) {
        return partners.containsKey(code);
    }
}
