package nl.wegwijs.intake.audit;

import java.time.Instant;

/**
 * Who read or changed a newcomer's profile, when, what they did and through which endpoint. Holds ids only, never
 * personal data, so it survives erasure unchanged.
 */
public record AuditEntry(String id, String newcomerId, String subject, Instant at, String action, String endpoint) {}
