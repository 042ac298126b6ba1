package nl.wegwijs.portal.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.portal.deadlines.Deadlines;
import nl.wegwijs.portal.deadlines.Deadlines.Deadline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The partner inbox: the worker's referrals by group, the nearest deadline first, filtered by group and urgency. */
@Controller
class InboxController {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Rows with a deadline first (nearest first), then the longest waiting. */
    private static final Comparator<InboxRow> BY_DEADLINE = Comparator.comparing((InboxRow row) ->
                    row.deadline() == null ? LocalDate.MAX : row.deadline().deadline())
            .thenComparing(Comparator.comparingLong(InboxRow::daysWaiting).reversed());

    private final PartnerReferrals referrals;
    private final Deadlines deadlines;
    private final Clock clock;

    InboxController(PartnerReferrals referrals, Deadlines deadlines, Clock clock) {
        this.referrals = referrals;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(
            @RequestParam(name = "group", required = false) String group,
            @RequestParam(name = "urgency", required = false) String urgency,
            Model model) {
        Optional<InboxGroup> onlyGroup = Optional.ofNullable(group).flatMap(InboxGroup::fromParameter);
        Optional<String> onlyUrgency = Optional.ofNullable(urgency)
                .filter(value -> List.of("URGENT", "NORMAL").contains(value));
        Map<UUID, Deadline> due = deadlines.ofPartner();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<InboxRow> rows = referrals.all().stream()
                .map(view -> InboxRow.of(view, due.get(UUID.fromString((String) view.get("referralId"))), today, ZONE))
                .filter(row -> onlyGroup.map(only -> row.group() == only).orElse(true))
                .filter(row ->
                        onlyUrgency.map(only -> only.equals(row.urgency())).orElse(true))
                .sorted(BY_DEADLINE)
                .toList();
        Map<InboxGroup, List<InboxRow>> groups = new LinkedHashMap<>();
        for (InboxGroup each : InboxGroup.values()) {
            if (onlyGroup.map(only -> only == each).orElse(true)) {
                groups.put(
                        each, rows.stream().filter(row -> row.group() == each).toList());
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("allGroups", InboxGroup.values());
        model.addAttribute("selectedGroup", onlyGroup.map(InboxGroup::parameter).orElse(""));
        model.addAttribute("selectedUrgency", onlyUrgency.orElse(""));
        return "inbox";
    }
}
