package nl.wegwijs.intake.newcomers;

import java.text.Normalizer;
import java.util.Locale;
import nl.wegwijs.contracts.intake.NewcomerProfile;

/**
 * What two intakes of one person share: the name (given names and family name) without case, accents and extra
 * spaces, and the date of birth. Stored beside the state so the lookup of possible duplicates is one indexed match.
 */
final class DuplicateKey {

    private DuplicateKey() {}

    static String of(NewcomerProfile profile) {
        String name = profile.name().givenNames() + " "
                + (profile.name().familyName() == null ? "" : profile.name().familyName());
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .trim()
                .replaceAll("\\s+", " ");
        return plain + "|" + profile.dateOfBirth();
    }
}
