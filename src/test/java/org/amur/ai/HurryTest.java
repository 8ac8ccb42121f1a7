package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The deadline a match sets on a bot's decision: never due before it is set, set once, read from any thread. */
class HurryTest {

    @Test
    void aDeadline_isNotDueUntilSet_thenDueFromItsMoment_andTheFirstMomentSetStays() throws Exception {
        Hurry.Deadline h = Hurry.deadline();
        assertThat(h.due()).isFalse();
        assertThat(h.isSet()).isFalse();
        h.after(Duration.ofHours(1));
        assertThat(h.isSet()).isTrue();
        assertThat(h.due()).isFalse();
        h.after(Duration.ZERO);
        assertThat(h.due()).as("the first deadline set stays").isFalse();

        Hurry.Deadline now = Hurry.deadline();
        now.after(Duration.ZERO);
        assertThat(now.due()).isTrue();
        assertThat(Hurry.NEVER.due()).isFalse();
    }

    @Test
    void aDeadlineSetOnOneThread_isSeenOnAnother() throws Exception {
        Hurry.Deadline h = Hurry.deadline();
        Thread reader = new Thread(() -> {
            while (!h.due()) {
                Thread.onSpinWait();
            }
        });
        reader.start();
        h.after(Duration.ofMillis(5));
        reader.join(10_000);
        assertThat(reader.isAlive()).isFalse();
    }

    @Test
    void now_makesItDue_evenWhenALaterDeadlineWasSet() {
        Hurry.Deadline later = Hurry.deadline();
        later.after(Duration.ofHours(1));
        assertThat(later.due()).isFalse();
        later.now();
        assertThat(later.due()).isTrue();
        later.after(Duration.ofHours(1));
        assertThat(later.due()).as("a deadline already due stays due").isTrue();
        Hurry.Deadline unset = Hurry.deadline();
        unset.now();
        assertThat(unset.isSet()).isTrue();
        assertThat(unset.due()).isTrue();
    }
}
