package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
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

    @Test
    void failedSaves_areSaidAtOnce_leavingAsks_andAPathSavesACopyElsewhere() throws Exception {
        Path folder = saves.resolve("saves");
        Files.writeString(folder, "a file where the saves folder should be"); // nothing can be saved there
        Harness h = Harness.sync(80, 24, folder).game(12, "human", Seats.OPPONENT);
        assertThat(h.app.top()).as("said at the first save").isInstanceOf(MessageView.class);
        assertThat(h.text()).contains("Not saved").contains("could not be saved").contains("~/amur-game.json");
        h.enter().enter(); // the message, then the introduction
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        h.keys(ch('1')).enter().enter(); // Moscow commits; the reveal's save fails too
        assertThat(h.text()).as("said again, at once").contains("Not saved");
        h.enter().enter(); // the message, the reveal
        int turn = h.app.game().state().turn();
        assertThat(turn).isEqualTo(2);

        h.keys(ch('q'));
        assertThat(h.app.game()).as("q does not leave unsaved work silently").isNotNull();
        assertThat(h.text()).contains("The game is not saved").contains("Press y to leave");
        h.keys(ch('n'));
        assertThat(h.app.top()).isInstanceOf(TurnView.class);

        Path elsewhere = Files.createDirectories(saves.resolve("usb"));
        h.keys(ch('s')).type(elsewhere + "/").enter();
        Path copy = elsewhere.resolve("baseline-12.json");
        assertThat(h.text()).contains("Saved to").contains("baseline-12.json");
        assertThat(new org.amur.save.SaveStore(elsewhere).load(copy).session().state().turn()).isEqualTo(turn);
        h.enter();
        h.keys(ch('s')).type(copy.toString()).enter();
        assertThat(h.text()).as("nothing written over").contains("is already there");
        h.keys(k(com.googlecode.lanterna.input.KeyType.Escape));

        h.keys(ch('q'), ch('y'));
        assertThat(h.app.game()).isNull();
        assertThat(h.app.top()).isInstanceOf(MenuView.class);
    }

    @Test
    void botsAgainstBots_whoseSavesFail_sayNotSavedOnce_andTheWatchScreenSavesAs() throws Exception {
        Path folder = saves.resolve("saves");
        Files.writeString(folder, "a file where the saves folder should be"); // nothing can be saved there
        Harness h = Harness.sync(80, 24, folder).game(12, "random", "random");
        int said = 0;
        int turnsSeen = 0;
        for (int step = 0; step < 60 && h.app.game().state().turn() < 5; step++) {
            if (h.text().contains("Not saved")) {
                said++;
                assertThat(h.text().replaceAll("\\s+", " ")).contains("said once until a save works");
                h.enter();
            }
            h.fireTimers();
            if (h.app.top() instanceof RevealView) {
                turnsSeen++;
                h.enter();
            }
            if (!(h.app.top() instanceof MessageView) && !(h.app.top() instanceof RevealView)) {
                h.enter();
            }
        }
        assertThat(h.app.game().state().turn()).as("the bots played on").isGreaterThanOrEqualTo(4);
        assertThat(said).as("Not saved, over %d turns", turnsSeen).isEqualTo(1);
        // the watch screen (shown while bots think; here they decide at once) offers Save as, like the game screen
        h.app.push(new WatchView(h.app, h.app.game()));
        h.app.render();
        assertThat(h.text()).contains("s save as");
        h.keys(ch('s'));
        assertThat(h.app.top()).isInstanceOf(SaveAsView.class);
    }

    @Test
    void playAgain_withASearchBot_saysAHurriedBotMayChooseOtherwise_andKeepsPatientBots() {
        Harness hurried = Harness.sync(80, 24, saves).game(5, "human", "mcts:easy");
        assertThat(hurried.app.game().saving().playAgainCommand()).doesNotContain("--patient-bots");
        assertThat(hurried.app.game().saving().playAgainNote()).contains("unless a search bot was asked to answer early");
        Harness patient = new Harness(80, 24, saves, java.nio.file.Path.of("scenarios"),
                new Palette(Palette.Mode.COLOR_256), Runnable::run, Seats.FACTORY, c -> c.withBotPatience(null))
                .game(5, "human", "mcts:easy");
        assertThat(patient.app.game().saving().playAgainCommand()).endsWith("--beijing mcts:easy --patient-bots");
        assertThat(patient.app.game().saving().playAgainNote()).isEqualTo("the same choices give the same game");
        Harness noSearch = Harness.sync(80, 24, saves).game(5, "human", "historian");
        assertThat(noSearch.app.game().saving().playAgainNote()).isEqualTo("the same choices give the same game");
    }
}
