package nl.wegwijs.portal.regie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.portal.directory.Partners;
import nl.wegwijs.portal.household.Households;
import nl.wegwijs.portal.household.Households.Household;
import nl.wegwijs.portal.regie.ReferralNotes.Note;
import org.springframework.stereotype.Component;

/**
 * The agenda as the meeting reads it: per household (name and case number from the intake service), its stalled
 * referrals, overdue follow-up conversations and failed referrals, each with the partner's name, contact and last
 * note. The household with the longest overdue item comes first.
 */
@Component
class AgendaPage {

    private final AgendaApi api;
    private final Households households;
    private final ReferralNotes notes;
    private final Partners partners;

    AgendaPage(AgendaApi api, Households households, ReferralNotes notes, Partners partners) {
        this.api = api;
        this.households = households;
        this.notes = notes;
        this.partners = partners;
    }

    record View(LocalDate meetingDate, LocalDate previousMeetingDate, List<Group> groups) {

        public int itemCount() {
            return groups.stream().mapToInt(group -> group.rows().size()).sum();
        }
    }

    record Group(Household household, List<Row> rows) {

        public int mostOverdue() {
            return rows.stream()
                    .mapToInt(row -> row.item().overdueWorkingDays())
                    .max()
                    .orElse(0);
        }
    }

    /** One item; {@code key} names its form fields on the page. */
    record Row(String key, Agenda.Item item, String partnerName, String contact, Note lastNote) {

        public boolean referral() {
            return item.referralId() != null;
        }
    }

    View build() {
        Agenda agenda = api.agenda();
        List<Agenda.Item> items = agenda.items().toList();
        Map<UUID, Household> known =
                households.of(items.stream().map(Agenda.Item::newcomerId).toList());
        Map<UUID, List<Row>> rows = new LinkedHashMap<>();
        for (Agenda.Item item : items) {
            Optional<Note> note = item.referralId() == null ? Optional.empty() : notes.last(item.referralId());
            rows.computeIfAbsent(item.newcomerId(), id -> new ArrayList<>())
                    .add(new Row(
                            "item-" + item.item(),
                            item,
                            item.partner() == null ? null : partners.name(item.partner()),
                            item.partner() == null ? null : partners.contact(item.partner()),
                            note.orElse(null)));
        }
        List<Group> groups = new ArrayList<>();
        rows.forEach((id, list) -> groups.add(new Group(known.get(id), list)));
        groups.sort(Comparator.comparingInt(Group::mostOverdue)
                .reversed()
                .thenComparing(group -> String.valueOf(group.household().caseNumber())));
        return new View(agenda.meetingDate(), agenda.previousMeetingDate(), groups);
    }

    Map<String, String> record(AgreementForm form) {
        return api.record(form);
    }
}
