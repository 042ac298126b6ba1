package nl.wegwijs.contracts.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Require;

/**
 * A newcomer who consented to messages is to be told that a referral changed. It carries only what the message
 * needs: no name, no reason, no note. {@code eventId} is derived from the status change's event id, so the same change
 * always requests the same notice and the notification service sends it once.
 *
 * @param partner whose public name the message gives
 * @param expectedStart for {@link NoticeKind#WAITLISTED}, when the partner expects to start, if it said
 * @param language the newcomer's language for the message: nl, en, ar, ti or prs
 * @param address the e-mail address or phone number, as {@code channel} says
 */
public record NewcomerNoticeRequested(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        PartnerCode partner,
        NoticeKind kind,
        LocalDate expectedStart,
        String language,
        MessageChannel channel,
        String address)
        implements NewcomerEvent {

    public NewcomerNoticeRequested {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.present(partner, "partner");
        Require.present(kind, "kind");
        Require.text(language, "language");
        Require.present(channel, "channel");
        Require.text(address, "address");
    }

    /** The notice id of a status change: the same change, the same notice. */
    public static UUID idFor(UUID statusEventId) {
        return UUID.nameUUIDFromBytes(("notice:" + statusEventId).getBytes(StandardCharsets.UTF_8));
    }
}
