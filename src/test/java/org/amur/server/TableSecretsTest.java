package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.tui.Remote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over whole seeded games played through a table, every snapshot a role is handed holds only what the role
 * may see: no hidden indicator (value, trend or change) of the other side, no pending choice but its own,
 * nothing pending at all for the projector.
 */
class TableSecretsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everySnapshot_holdsOnlyWhatItsRoleMaySee(long seed) throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        try (ServerLog log = new ServerLog(dir, Clock.systemUTC())) {
            // odd seeds: a facilitated table whose second choice waits for the ruling (semi-rigid)
            boolean rulings = seed % 2 == 1;
            Table t = Table.open("t1", sc, seed, store, new Table.Settings(null, Table.TimeUp.KEEP, rulings,
                    rulings ? SaveMeta.Adjudication.SEMI_RIGID : SaveMeta.Adjudication.RIGID), log, null,
                    System::nanoTime);
            Random r = new Random(seed);
            int checks = 0;
            while (!t.snapshot(Remote.Role.AUDIENCE).over()) {
                Side first = r.nextBoolean() ? Side.MOSCOW : Side.BEIJING;
                for (Side side : List.of(first, first.other())) {
                    List<Variant> legal = t.snapshot(role(side)).legal();
                    AtomicReference<Optional<String>> answer = new AtomicReference<>();
                    t.commit(side, legal.get(r.nextInt(legal.size())), "why " + side.id(), answer::set);
                    t.await(() -> { });
                    assertThat(answer.get()).isEmpty();
                    checks += checkAll(t);
                }
                List<Action.Commit> ruling = t.snapshot(Remote.Role.FACILITATOR).ruling();
                if (rulings) {
                    assertThat(ruling).hasSize(2);
                    assertThat(t.rule(ruling.get(1))).isEmpty();
                    t.await(() -> { });
                    checks += checkAll(t);
                } else {
                    assertThat(ruling).isEmpty();
                }
            }
            assertThat(checks).isGreaterThanOrEqualTo(2);
            t.close();
        }
    }

    private static Remote.Role role(Side s) {
        return s == Side.MOSCOW ? Remote.Role.MOSCOW : Remote.Role.BEIJING;
    }

    private static int checkAll(Table t) {
        for (Remote.Role role : Remote.Role.values()) {
            Remote.Snapshot s = t.snapshot(role);
            for (Indicator i : Indicator.values()) {
                boolean may = switch (role) {
                    case FACILITATOR -> true;
                    case AUDIENCE -> i.visibility() == Indicator.Visibility.PUBLIC;
                    default -> i.visibility().visibleTo(role.side());
                };
                if (!may) {
                    assertThat(s.values()).as(role + " " + i).doesNotContainKey(i);
                    assertThat(s.history()).as(role + " " + i).doesNotContainKey(i);
                    assertThat(s.net()).extracting(Event.Delta::indicator).as(role + " " + i).doesNotContain(i);
                }
            }
            if (role != Remote.Role.FACILITATOR || s.ruling().isEmpty()) {
                assertThat(s.pending()).as("pending choices are shown to no one before the reveal, but to the "
                        + "facilitator who rules on them").isEmpty();
            }
            if (role != Remote.Role.FACILITATOR) {
                assertThat(s.ruling()).isEmpty();
            }
            for (Side side : Side.values()) {
                assertThat(s.standings().containsKey(side)).as(role + " sees " + side + "'s standing")
                        .isEqualTo(role == Remote.Role.FACILITATOR || role == Remote.Role.AUDIENCE
                                ? Indicator.score(side).visibility() == Indicator.Visibility.PUBLIC
                                        || role == Remote.Role.FACILITATOR
                                : Indicator.score(side).visibility().visibleTo(role.side()));
            }
            // the names are the teacher's, public: the same for every role
            assertThat(s.names()).isEqualTo(t.snapshot(Remote.Role.AUDIENCE).names());
            if (role.side() == null) {
                assertThat(s.legal()).isEmpty();
                assertThat(s.ownChoice()).isNull();
            }
            if (s.reveal() != null) {
                assertThat(s.reveal().turn()).as("only resolved turns are revealed").isLessThan(s.turn() + (s.over() ? 1 : 0));
            }
        }
        return 1;
    }
}
