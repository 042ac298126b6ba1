package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A partner organisation's code, such as {@code SAMEN_OPLOPEN}. A value type rather than an enum: partners come
 * from the partner directory, so adding one is configuration, not code.
 */
public record PartnerCode(@JsonValue String value) {

    private static final Pattern VALID = Pattern.compile("[A-Z][A-Z0-9_]*");

    public static final PartnerCode RSD = new PartnerCode("RSD");
    public static final PartnerCode TAALHUIS = new PartnerCode("TAALHUIS");
    public static final PartnerCode SAMEN_OPLOPEN = new PartnerCode("SAMEN_OPLOPEN");
    public static final PartnerCode CJG = new PartnerCode("CJG");
    public static final PartnerCode SOCIAAL_TEAM = new PartnerCode("SOCIAAL_TEAM");

    public PartnerCode {
        Require.present(value, "partner code");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "partner code must be upper case letters, digits and underscores, starting with a letter: '" + value
                            + "'");
        }
    }

    @JsonCreator
    public static PartnerCode of(String value) {
        return new PartnerCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The partner's part of a topic name: lower case with hyphens, {@code samen-oplopen}. */
    public String topicSlug() {
        return value.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return value;
    }
}
