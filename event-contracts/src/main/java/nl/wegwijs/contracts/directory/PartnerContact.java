package nl.wegwijs.contracts.directory;

import java.util.regex.Pattern;
import nl.wegwijs.contracts.Require;

/** Who at a partner receives reminders and escalations. */
public record PartnerContact(String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PartnerContact {
        Require.text(name, "name");
        requireEmail(email, "email");
    }

    static String requireEmail(String value, String field) {
        Require.text(value, field);
        if (!EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not an e-mail address: '" + value + "'");
        }
        return value;
    }
}
