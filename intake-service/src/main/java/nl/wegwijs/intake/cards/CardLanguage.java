package nl.wegwijs.intake.cards;

import java.util.Arrays;
import java.util.List;
import nl.wegwijs.support.problem.InvalidInputException;

/** The languages of the agreements card and the status notices; Dutch stands beside each of the others on the card. */
public enum CardLanguage {
    NL("nl", false),
    EN("en", false),
    AR("ar", true),
    TI("ti", false),
    PRS("prs", true);

    private final String code;
    private final boolean rightToLeft;

    CardLanguage(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    static CardLanguage of(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("lang", "field.card-language"));
    }

    /** The first of a newcomer's languages that has texts, else Dutch. */
    public static CardLanguage firstOf(List<String> languages) {
        return languages.stream()
                .flatMap(code -> Arrays.stream(values()).filter(language -> language.code.equals(code)))
                .findFirst()
                .orElse(NL);
    }

    public String code() {
        return code;
    }

    String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
