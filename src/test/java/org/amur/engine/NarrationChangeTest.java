package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A shown change adds up with the shown values (a play-tester saw "43.6 -> 43.3 (-0.2)"). */
class NarrationChangeTest {

    @Test
    void change_isTheDifferenceOfTheShownValues() {
        assertThat(Narration.change(43.64, 43.26, 1)).isEqualTo("-0.3");
        assertThat(Narration.change(49.6, 51.44, 1)).isEqualTo("+1.8");
        assertThat(Narration.change(25, 25.66, 1)).isEqualTo("+0.7");
        assertThat(Narration.change(10, 10, 1)).isEqualTo("+0");
        assertThat(Narration.change(14.61, 14.64, 1)).isEqualTo("+<0.1");
        assertThat(Narration.change(14.64, 14.61, 1)).isEqualTo("-<0.1");
    }

    @Test
    void change_overManyValues_alwaysEqualsAfterMinusBeforeAsShown() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            double before = r.nextDouble(-100, 100);
            double after = before + r.nextDouble(-5, 5);
            double shownBefore = Double.parseDouble(Narration.number(before, 1));
            double shownAfter = Double.parseDouble(Narration.number(after, 1));
            String c = Narration.change(before, after, 1);
            if (c.contains("<")) {
                assertThat(shownAfter).isEqualTo(shownBefore);
                assertThat(after).isNotEqualTo(before);
            } else {
                assertThat(Double.parseDouble(c)).as("%s -> %s", before, after)
                        .isCloseTo(shownAfter - shownBefore, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
