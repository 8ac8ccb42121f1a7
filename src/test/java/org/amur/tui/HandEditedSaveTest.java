package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves edited by hand in ways the format check alone did not catch (found in review). */
class HandEditedSaveTest {
    @TempDir
    Path dir;

    private static Session fresh() throws Exception {
        return Session.start(new ScenarioLoader(Path.of("scenarios")).resolve("baseline"), 7);
    }

    @Test
    void parentNameWithAControlCharacter_isRefusedInOneSentence_andTheFileIsLeftAsItIs() throws Exception {
        Harness h = Harness.sync(100, 30, dir.resolve("saves")).menu();
        Path file = h.saves.save(fresh(), "child", new SaveMeta("human", "random", "mom", 1));
        Files.writeString(file, Files.readString(file).replace("\"mom\"", "\"m\\u0000m\""));
        byte[] before = Files.readAllBytes(file);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> h.saves.load(file),
                SaveException.class).getMessage()).contains("not a usable name");
        Saves.open(h.app, file, false);
        h.app.drain();
        assertThat(h.app.game()).isNull();
        assertThat(h.app.top()).isInstanceOf(MessageView.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void seatThisVersionDoesNotKnow_isOneSentence_notACrash() throws Exception {
        Harness h = Harness.sync(100, 30, dir.resolve("saves")).menu();
        Path file = h.saves.save(fresh(), "bad-seat", new SaveMeta("human", "nobot"));
        Saves.open(h.app, file, false);
        h.app.drain();
        assertThat(h.app.game()).isNull();
        assertThat(h.app.top()).isInstanceOf(MessageView.class);
        h.app.render();
        assertThat(h.text().replaceAll("\\s+", " ")).contains("bad-seat.json has a seat played by \"nobot\"");
    }

    @Test
    void seatSpelledAsTypedOnTheCommandLine_branchKeepsTheBot() throws Exception {
        Harness h = Harness.sync(100, 30, dir.resolve("saves")).menu();
        Session s = fresh();
        s.apply(new org.amur.engine.Action.Commit(org.amur.engine.Side.MOSCOW, org.amur.engine.Variant.EX_PEACE_MISSION));
        s.apply(new org.amur.engine.Action.Commit(org.amur.engine.Side.BEIJING, org.amur.engine.Variant.EX_PEACE_MISSION));
        Path file = h.saves.save(s, "typed", new SaveMeta("Hawk", "mcts"));
        Saves.view(h.app, file, false);
        h.app.drain();
        h.keys(ch('b'));
        assertThat(h.app.top()).isInstanceOf(BranchView.class);
        assertThat(((BranchView) h.app.top()).seat(org.amur.engine.Side.MOSCOW)).isEqualTo("hawk");
        assertThat(((BranchView) h.app.top()).seat(org.amur.engine.Side.BEIJING)).isEqualTo("mcts:normal");
    }
}
