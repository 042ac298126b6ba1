package nl.wegwijs.monitoring.sla;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One level of one timer, waiting in the bucket of the day it falls due. */
record DueEntry(String timer, int level, long generation) {

    /**
     * The id of the escalation this level fires, the same at every attempt, so an escalation built again after a scan
     * stopped between its claim and its publication is one that consumers drop as a repeat (ADR 33).
     */
    UUID escalationId() {
        return UUID.nameUUIDFromBytes(
                ("escalation:" + timer + ":" + generation + ":" + level).getBytes(StandardCharsets.UTF_8));
    }
}
