package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items of the newcomer's play-test (issue 16, item 14), each played at 80x24. */
class PlayTestListTest {
    @TempDir
    Path saves;

    @Test
    void negativeSeed_isNamedInTheAutosaveAsOnTheScreen() {
        Harness h = Harness.sync(80, 24, saves).game(-5, "human", Seats.OPPONENT);
        assertThat(h.text()).contains("Seed -5.");
        assertThat(saves.resolve("autosave-baseline--5.json")).exists();
        assertThat(h.app.game().saving().playAgainCommand()).contains("--seed=-5");
    }

    @Test
    void continueOnAFinishedGame_andStraightBackOut_leavesTheSaveAndItsBackupAsTheyWere() throws Exception {
        Session s = Session.start(new ScenarioLoader(Path.of("scenarios")).resolve("baseline"), 9);
        while (!s.state().isOver()) {
            for (Side side : Side.values()) {
                List<Variant> legal = s.engine().legalChoices(s.state(), side);
                s.apply(new Action.Commit(side, legal.get(0).id(), ""));
            }
        }
        Harness first = Harness.sync(80, 24, saves);
        SaveMeta meta = new SaveMeta("human", "random");
        Path file = first.saves.autosave(first.saves.newAutosaveFile(s, meta), s, meta);
        first.saves.autosave(file, s, meta); // a second write makes the .bak
        Path bak = file.resolveSibling(file.getFileName() + ".bak");
        byte[] save = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(bak);
        var saveTime = Files.getLastModifiedTime(file);
        var bakTime = Files.getLastModifiedTime(bak);

        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('c'));
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        h.keys(ch('q'));
        assertThat(h.app.game()).isNull();
        assertThat(Files.readAllBytes(file)).isEqualTo(save);
        assertThat(Files.readAllBytes(bak)).isEqualTo(backup);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(saveTime);
        assertThat(Files.getLastModifiedTime(bak)).isEqualTo(bakTime);
    }
}
