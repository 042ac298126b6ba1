package nl.wegwijs.monitoring.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A bucket entry is one string; entries that buckets held as sub-documents are still read. */
class DueEntryTest {

    @Test
    void anEntryIsStoredAsOneStringAndReadBack() {
        DueEntry referral = new DueEntry(UUID.randomUUID().toString(), 2, 1_785_000_000_123L);
        DueEntry followUp = new DueEntry(SlaTimer.followUpId(UUID.randomUUID(), 3), 1, 7);

        assertThat(referral.stored()).isEqualTo(referral.timer() + " 2 1785000000123");
        assertThat(DueEntry.read(referral.stored())).isEqualTo(referral);
        assertThat(DueEntry.read(followUp.stored())).isEqualTo(followUp);
    }

    @Test
    void anEntryStoredAsASubDocumentIsReadWhateverItsNumbersTypes() {
        DueEntry entry = new DueEntry("timer-1", 1, 42);

        assertThat(DueEntry.read(entry.asDocument())).isEqualTo(entry);
        assertThat(DueEntry.read(
                        new Document("timer", "timer-1").append("level", 1L).append("generation", 42)))
                .isEqualTo(entry);
    }

    @Test
    void whatIsNoEntryIsRefusedAndATimerIdCannotHoldTheSeparator() {
        assertThatThrownBy(() -> DueEntry.read("timer-1 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueEntry.read("1 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueEntry.read("timer-1 one 2")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> DueEntry.read(new Document("timer", "timer-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueEntry.read(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueEntry("a timer", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShardListsEachEntryOnceInWhicheverFormAndPassesOverWhatIsNoEntry() {
        DueEntry entry = new DueEntry("timer-1", 1, 42);
        DueEntry other = new DueEntry("timer-2", 2, 43);

        DueDay shard = DueDay.of(new Document("_id", "2035-03-08#7")
                .append("entries", List.of(entry.asDocument(), entry.stored(), "garbage", other.stored())));

        assertThat(shard.id()).isEqualTo("2035-03-08#7");
        assertThat(shard.entries()).containsExactly(entry, other);
        assertThat(DueDay.of(new Document("_id", "2035-03-09#0")).entries()).isEmpty();
    }
}
