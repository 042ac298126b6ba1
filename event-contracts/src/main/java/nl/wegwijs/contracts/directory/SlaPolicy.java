package nl.wegwijs.contracts.directory;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.Urgency;

/**
 * A partner's deadlines per referral phase, and the escalation ladder: level n fires {@code escalationOffsets[n-1]}
 * working days after the deadline.
 */
public record SlaPolicy(Map<SlaPhase, PhaseDeadline> phases, List<Integer> escalationOffsets) {

    public SlaPolicy {
        Require.present(phases, "phases");
        for (SlaPhase phase : SlaPhase.values()) {
            if (phase.isReferralPhase() && !phases.containsKey(phase)) {
                throw new IllegalArgumentException("phases has no deadline for " + phase);
            }
            if (!phase.isReferralPhase() && phases.containsKey(phase)) {
                throw new IllegalArgumentException("phases: " + phase + " is not a referral phase");
            }
        }
        phases = Map.copyOf(new EnumMap<>(phases));
        escalationOffsets = Require.nonEmpty(escalationOffsets, "escalationOffsets");
        requireLadder(escalationOffsets);
    }

    public PhaseDeadline deadline(SlaPhase phase) {
        PhaseDeadline deadline = phases.get(phase);
        if (deadline == null) {
            throw new IllegalArgumentException(phase + " has no partner deadline");
        }
        return deadline;
    }

    public int workingDays(SlaPhase phase, Urgency urgency) {
        return deadline(phase).workingDays(urgency);
    }

    /** The highest escalation level. */
    public int levels() {
        return escalationOffsets.size();
    }

    /** Working days after the deadline at which the given level (1-based) fires. */
    public int escalationOffset(int level) {
        Require.between(level, 1, levels(), "level");
        return escalationOffsets.get(level - 1);
    }

    private static void requireLadder(List<Integer> offsets) {
        boolean increasing = true;
        for (int i = 1; i < offsets.size(); i++) {
            increasing &= offsets.get(i) > offsets.get(i - 1);
        }
        if (offsets.get(0) != 0 || !increasing) {
            throw new IllegalArgumentException(
                    "escalationOffsets must start at 0 and increase, was " + Arrays.toString(offsets.toArray()));
        }
    }
}
