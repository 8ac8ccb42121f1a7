package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Side;
import org.amur.engine.TextBundle;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.tui.PseudoScreen;
import org.amur.tui.Remote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote seats' screens (a team, the projector, the facilitator with a ruling, the teacher's
 * console) at 80x24 in the pseudo-locale: no English outside a bundle, nothing cut without an ellipsis
 * ({@link PseudoScreen}), as {@code PseudoLocaleScreensTest} checks the local screens.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PseudoRemoteScreensTest {
    @TempDir
    Path dir;
    private final List<VirtualSeat> seats = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private ServerLog log;

    @BeforeEach
    void pseudo() {
        TextBundle.use(TextBundle.PSEUDO);
    }

    @AfterEach
    void end() throws Exception {
        try {
            for (VirtualSeat s : seats) {
                s.close();
            }
            for (Table t : tables) {
                t.close();
            }
            if (log != null) {
                log.close();
            }
        } finally {
            TextBundle.use(Locale.ENGLISH);
        }
    }

    private Table table(String id, long seed, Table.Settings settings) throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        if (log == null) {
            log = new ServerLog(dir, Clock.systemUTC());
        }
        Table t = Table.open(id, ScenarioLoader.forInstallation().resolve("baseline"), seed, store, settings, log,
                null, System::nanoTime);
        tables.add(t);
        return t;
    }

    private VirtualSeat seat(Remote.Table t, Remote.Role role) {
        VirtualSeat s = VirtualSeat.open(80, 24, t, role);
        seats.add(s);
        return s;
    }

    private void look(String what, String screen) {
        for (String p : PseudoScreen.problems(screen, Set.of("t1", "baseline", "because", "moscow", "beijing"))) {
            problems.add(what + ", " + p + "\n" + screen);
        }
    }

    private static void commit(Table t, Side side, int pick) throws Exception {
        Remote.Role role = side == Side.MOSCOW ? Remote.Role.MOSCOW : Remote.Role.BEIJING;
        List<Variant> legal = t.snapshot(role).legal();
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.commit(side, legal.get(pick % legal.size()), "because " + side.id(), answer::set);
        t.await(() -> { });
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void everyRemoteSeatsScreen_at80x24_hasNoEnglishOutsideABundle_andNothingCutSilently() throws Exception {
        Table t = table("t1", 3, new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID));
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        VirtualSeat white = seat(t, Remote.Role.FACILITATOR);
        look("team", moscow.await("Turn 1 of"));
        look("projector", projector.await("Turn 1 of"));
        look("facilitator", white.await("Turn 1 of"));
        moscow.key('?');
        look("team's help", moscow.await("Help:"));
        moscow.key(KeyType.Escape);
        projector.key('c');
        look("projector's charts", projector.await("Charts:"));
        projector.key(KeyType.Escape);

        commit(t, Side.BEIJING, 1);
        commit(t, Side.MOSCOW, 3);
        look("facilitator, a ruling waits", white.await("waits for your ruling"));
        look("projector while ruling", projector.await("the fac"));
        white.key('r');
        look("ruling", white.await("Ruling on turn 1"));

        Hall hall = new Hall(List.of(t), log);
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, hall);
        seats.add(teacher);
        look("teacher's console", teacher.await("console"));
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }
}
