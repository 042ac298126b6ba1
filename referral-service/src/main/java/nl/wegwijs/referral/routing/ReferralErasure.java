package nl.wegwijs.referral.routing;

import java.util.Collection;
import java.util.UUID;
import nl.wegwijs.referral.inbox.Inbox;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import nl.wegwijs.referral.responses.AppliedResponses;
import nl.wegwijs.support.store.StoreCompaction;
import org.springframework.stereotype.Component;

/**
 * Erases referrals of an erased newcomer: each is withdrawn from its partner and loses the personal data, its inbox
 * entry is marked so a late delivery stores nothing, and the store is compacted after (docs/adr/0027), as are the
 * partners' responses topics (docs/adr/0029). For the
 * erasure event and for routing that ran alongside it.
 */
@Component
public class ReferralErasure {

    private final ReferralLifecycle lifecycle;
    private final Inbox inbox;
    private final StoreCompaction compaction;
    private final AppliedResponses responses;

    ReferralErasure(ReferralLifecycle lifecycle, Inbox inbox, StoreCompaction compaction, AppliedResponses responses) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
        this.compaction = compaction;
        this.responses = responses;
    }

    public void erase(Collection<UUID> referralIds) {
        for (UUID referralId : referralIds) {
            lifecycle.erase(referralId);
            inbox.erase(referralId);
        }
        compaction.afterErasure(Referral.COLLECTION);
        responses.afterErasure();
    }
}
