package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.amur.save.SaveException;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tables of one server (one process, so the OS lock alone cannot tell) never play the same game. */
class TableLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondTableOnTheSameSave_isRefused_untilTheFirstCloses() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        Table.Settings settings = new Table.Settings(null, Table.TimeUp.KEEP, false);
        try (ServerLog log = new ServerLog(dir, Clock.systemUTC())) {
            Table first = Table.open("t1", sc, 3, store, settings, log, null, System::nanoTime);
            Table other = Table.open("t2", sc, 3, store, settings, log, null, System::nanoTime);
            assertThatThrownBy(() -> Table.open("t1", sc, 3, store, settings, log, null, System::nanoTime))
                    .isInstanceOfSatisfying(SaveException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SaveException.Kind.LOCKED);
                        assertThat(e.getMessage()).contains("autosave-t1");
                    });
            first.close();
            Table again = Table.open("t1", sc, 3, store, settings, log, null, System::nanoTime);
            again.close();
            other.close();
        }
    }
}
