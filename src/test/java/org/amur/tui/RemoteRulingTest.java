package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Side;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.server.ServerLog;
import org.amur.server.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ruling screen with a remote table behind it (the same screen as the local white cell's): both held
 * choices, the table's name, the remote keys; accepting the proposal resolves the table's turn, and the
 * screen leaves by itself once nothing is left to rule on.
 */
class RemoteRulingTest {
    @TempDir
    Path dir;

    private static void commit(Table t, Side side, int pick) {
        Remote.Role role = side == Side.MOSCOW ? Remote.Role.MOSCOW : Remote.Role.BEIJING;
        var legal = t.snapshot(role).legal();
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.commit(side, legal.get(pick % legal.size()), "because " + side.id(), answer::set);
        waitFor(() -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    /** Waits for the table's own thread (a guard against a hang, not a timing). */
    private static void waitFor(java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 2000 && !done.getAsBoolean(); i++) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(done.getAsBoolean()).as("the table answered").isTrue();
    }

    @Test
    void remoteRuling_showsBothChoicesAndTheTable_acceptingResolvesTheTurn() throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        try (ServerLog log = new ServerLog(dir, Clock.systemUTC());
             Table t = Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline"), 3, store,
                     new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID), log, null,
                     System::nanoTime)) {
            commit(t, Side.BEIJING, 1);
            commit(t, Side.MOSCOW, 3);
            waitFor(() -> t.snapshot(Remote.Role.FACILITATOR).ruling().size() == 2);
            Remote.Snapshot s = t.snapshot(Remote.Role.FACILITATOR);
            assertThat(s.ruling()).hasSize(2);

            Harness h = Harness.sync(80, 24, dir.resolve("saves")).menu();
            RulingView view = RulingView.remote(h.app, t, s);
            h.app.push(view);
            h.app.render();
            String screen = h.text();
            assertThat(screen).contains(Ui.t("ruling.title", 1, s.year()), Ui.t("remote.table", s.table()),
                    Side.MOSCOW.displayName() + ": ", Side.BEIJING.displayName() + ": ", "because moscow",
                    "because beijing", Ui.t("ruling.rolls"), Ui.t("ruling.outcome"), "Esc");
            assertThat(screen).as("no free rulings at a remote table").doesNotContain("m:free");

            h.enter();
            assertThat(h.app.top()).isInstanceOf(ConfirmView.class);
            h.keys(new KeyStroke('y', false, false));
            waitFor(() -> t.snapshot(Remote.Role.AUDIENCE).turn() == 2);
            assertThat(t.snapshot(Remote.Role.AUDIENCE).turn()).as("the ruling resolved turn 1").isEqualTo(2);
            h.app.render();
            h.app.drain();
            assertThat(h.app.top()).as("nothing left to rule on: the screen left").isNotInstanceOf(RulingView.class);
            h.keys(new KeyStroke(KeyType.Escape));
        }
    }
}
