package nl.wegwijs.contracts.directory;

import nl.wegwijs.contracts.Require;

/** Whether a referral to a partner needs the newcomer's consent, or rests on a legal basis. */
public record ConsentRule(Rule rule, String legalBasis) {

    public enum Rule {
        CONSENT_REQUIRED,
        LEGAL_BASIS
    }

    public ConsentRule {
        Require.present(rule, "rule");
        if (rule == Rule.LEGAL_BASIS) {
            Require.text(legalBasis, "legalBasis");
        }
    }

    public boolean requiresConsent() {
        return rule == Rule.CONSENT_REQUIRED;
    }
}
