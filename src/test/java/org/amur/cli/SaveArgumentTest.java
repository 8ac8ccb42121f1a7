package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names {@code replay} and {@code report} accept for a save in the saves folder. */
class SaveArgumentTest {
    private final StringWriter err = new StringWriter();

    private SaveStore store(Path dir) {
        return new SaveStore(dir, new ScenarioLoader(Path.of("scenarios")),
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    }

    private static Session oneTurn() throws Exception {
        Session s = Session.start(ScenarioLoader.load(Path.of("scenarios/baseline.json")), 7);
        s.apply(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION));
        s.apply(new Action.Commit(Side.BEIJING, Variant.EX_PEACE_MISSION));
        return s;
    }

    @Test
    void open_autosaveByItsListedName_withOrWithoutJson_opensIt(@TempDir Path dir) throws Exception {
        SaveStore store = store(dir);
        Path file = store.autosave(oneTurn(), new SaveMeta("human", "historian"));
        assertThat(file.getFileName().toString()).isEqualTo("autosave-baseline-7.json");
        for (String name : new String[] {"autosave-baseline-7", "autosave-baseline-7.json"}) {
            SaveArgument.Opened o = SaveArgument.open(store, name, false, "replay", new PrintWriter(err));
            assertThat(o).as(name + ": " + err).isNotNull();
            assertThat(o.file()).isEqualTo(file);
            assertThat(o.game().session().state().turn()).isEqualTo(2);
        }
    }

    @Test
    void open_nameGivenToSaveAs_opensTheFileSaveAsWrote(@TempDir Path dir) throws Exception {
        SaveStore store = store(dir);
        Path file = store.save(oneTurn(), "Class 3B, lesson 1", new SaveMeta("human", "human"));
        SaveArgument.Opened o = SaveArgument.open(store, "Class 3B, lesson 1", false, "report", new PrintWriter(err));
        assertThat(o).as(err.toString()).isNotNull();
        assertThat(o.file()).isEqualTo(file);
    }

    @Test
    void open_unknownOrHiddenName_saysThereIsNoSuchSaveInOneSentence(@TempDir Path dir) throws Exception {
        SaveStore store = store(dir);
        Files.writeString(dir.resolve(".hidden.json"), "{}");
        assertThat(SaveArgument.open(store, "nothing-here", false, "replay", new PrintWriter(err))).isNull();
        assertThat(SaveArgument.open(store, ".hidden", false, "replay", new PrintWriter(err))).isNull();
        assertThat(err.toString()).contains("There is no save file").doesNotContain("Exception");
        assertThat(err.toString().lines()).hasSize(2);
    }

    @Test
    void open_mistypedAutosaveName_namesTheFileThatWasLookedFor_notASavedAsName(@TempDir Path dir) throws Exception {
        SaveStore store = store(dir);
        store.autosave(oneTurn(), new SaveMeta("human", "historian"));
        // a facilitator drops a digit of the seed: the sentence names the autosave it looked for
        assertThat(SaveArgument.open(store, "autosave-baseline-77", false, "replay", new PrintWriter(err))).isNull();
        assertThat(err.toString()).contains("There is no save file").contains("autosave-baseline-77.json")
                .doesNotContain("saved-autosave");
    }
}
