package nl.wegwijs.notification.notifications;

import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.contracts.intake.NoticeKind;

/**
 * What a message to a newcomer says, as the notice request gave it: no name, no reason, no note.
 *
 * @param newcomerId pseudonymous, so an erasure finds the newcomer's notices
 */
public record NewcomerNotice(
        UUID newcomerId,
        PartnerCode partner,
        NoticeKind kind,
        LocalDate expectedStart,
        String language,
        MessageChannel channel) {}
