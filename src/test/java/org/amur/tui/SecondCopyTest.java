package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.save.SaveLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second copy of Amur on a game another has open (here: the same game claimed as another process
 * would, through its lock) cannot play it, so no copy's turns are lost; it may read it or play a copy.
 */
class SecondCopyTest {
    @TempDir
    Path saves;

    private Path firstGame() {
        Harness first = Harness.sync(80, 24, saves).game(42, "random", "random").enter(); // turn 1 revealed
        first.keys(ch('q'));
        return saves.resolve("autosave-baseline-42.json");
    }

    @Test
    void continue_onAGameOpenElsewhere_saysSoInOneSentence_andOffersReadingItOrACopy() throws Exception {
        Path file = firstGame();
        byte[] before = Files.readAllBytes(file);
        try (SaveLock elsewhere = SaveLock.acquire(file)) {
            Harness h = Harness.sync(80, 24, saves).menu().keys(ch('c'));
            assertThat(h.app.top()).isInstanceOf(LockedView.class);
            assertThat(h.text()).contains("open in another copy of Amur").contains("v read it").contains("b play a copy");
            assertThat(h.app.game()).isNull();
            // v: the replay viewer, which writes nothing
            h.keys(ch('v'));
            assertThat(h.app.top()).isInstanceOf(ReplayView.class);
            // b: a copy from the current turn, under a new name; the original is not written
            Harness b = Harness.sync(80, 24, saves).menu().keys(ch('c'), ch('b'));
            assertThat(b.app.top()).isInstanceOf(BranchView.class);
            b.enter();
            assertThat(b.app.game()).isNotNull();
            assertThat(b.app.game().session().state().turn()).isGreaterThanOrEqualTo(2); // the bots play on
            b.enter().keys(ch('q')); // the note about the branch, then leave
            assertThat(b.app.game()).isNull();
            assertThat(Files.readAllBytes(file)).as("the game open elsewhere").isEqualTo(before);
            assertThat(Files.exists(saves.resolve("autosave-baseline-42-from-t2.json"))).isTrue();
        }
        // once the other copy has closed it, Continue plays it here
        Harness h = Harness.sync(80, 24, saves).menu();
        Saves.open(h.app, file, false);
        assertThat(h.app.game()).isNotNull();
        h.keys(ch('q'));
    }

    @Test
    void aGameOnScreen_holdsItsSave_untilItIsLeft() throws Exception {
        Path file = firstGame();
        Harness h = Harness.sync(80, 24, saves).menu();
        Saves.open(h.app, file, false);
        assertThat(h.app.game()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SaveLock.acquire(file))
                .isInstanceOfSatisfying(org.amur.save.SaveException.class,
                        e -> assertThat(e.kind()).isEqualTo(org.amur.save.SaveException.Kind.LOCKED));
        h.keys(ch('q'));
        SaveLock.acquire(file).close();
    }
}
