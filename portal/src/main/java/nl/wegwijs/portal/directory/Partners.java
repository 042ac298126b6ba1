package nl.wegwijs.portal.directory;

import java.nio.file.Path;
import java.util.Optional;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerContact;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.portal.PortalSettings;
import org.springframework.stereotype.Component;

/**
 * The partner directory the services read, for what the coordinator's pages show of an organisation: its name and
 * its contact person. Organisations only, no newcomer's data.
 */
@Component
public class Partners {

    private final PartnerDirectory directory;

    public Partners(PortalSettings settings) {
        String file = settings.partnerDirectory();
        this.directory =
                file == null || file.isBlank() ? PartnerDirectory.loadDefault() : PartnerDirectory.load(Path.of(file));
    }

    /** The organisation's name, or the code for a partner the directory no longer lists. */
    public String name(String code) {
        return partner(code).map(Partner::name).orElse(code);
    }

    /** The first contact of the directory, "name (e-mail)", or empty. */
    public String contact(String code) {
        return partner(code)
                .flatMap(partner -> partner.contacts().stream().findFirst())
                .map(Partners::text)
                .orElse("");
    }

    private Optional<Partner> partner(String code) {
        return code != null && PartnerCode.isValid(code) ? directory.partner(PartnerCode.of(code)) : Optional.empty();
    }

    private static String text(PartnerContact contact) {
        return contact.name() + " (" + contact.email() + ")";
    }
}
