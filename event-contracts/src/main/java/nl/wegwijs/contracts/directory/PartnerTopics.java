package nl.wegwijs.contracts.directory;

import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.Topics;

/** A partner's two topics: the referrals it receives and the responses it writes. */
public record PartnerTopics(String referrals, String responses) {

    public PartnerTopics {
        Require.text(referrals, "topics.referrals");
        Require.text(responses, "topics.responses");
    }

    public static PartnerTopics of(PartnerCode partner) {
        return new PartnerTopics(Topics.partnerReferrals(partner), Topics.partnerResponses(partner));
    }
}
