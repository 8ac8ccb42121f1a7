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
            Random marks = new Random(-seed); // apart from r, so each seed plays the same game as before
            int checks = 0;
            while (!t.snapshot(Remote.Role.AUDIENCE).over()) {
                // Beijing highlights a choice (what its timer would keep): its own screens may know, no other
                List<Variant> beijing = t.snapshot(Remote.Role.BEIJING).legal();
                Variant mark = beijing.get(marks.nextInt(beijing.size()));
                t.highlight(Side.BEIJING, mark);
                t.await(() -> { });
                assertThat(t.snapshot(Remote.Role.BEIJING).highlighted()).isEqualTo(mark);
                for (Remote.Role other : List.of(Remote.Role.MOSCOW, Remote.Role.AUDIENCE, Remote.Role.FACILITATOR)) {
                    assertThat(t.snapshot(other).highlighted()).as(other + " sees Beijing's highlight").isNull();
                }
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
            if (seed == 10) {
                // this game rolls for unlicensed copies and changes the secret progress: the checks had work to do
                assertThat(copyRolls).isPositive();
                assertThat(hiddenChanges).isPositive();
            }
            t.close();
        }
    }

    /** The changes an event carries. */
    private static List<Event.Delta> deltas(Event e) {
        if (e instanceof Event.Effect fx) {
            return fx.deltas();
        } else if (e instanceof Event.CardDrawn c) {
            return c.deltas();
        } else if (e instanceof Event.Injected in) {
            return in.deltas();
        } else if (e instanceof Event.TurnResolved t) {
            return t.net();
        }
        return List.of();
    }

    private static Remote.Role role(Side s) {
        return s == Side.MOSCOW ? Remote.Role.MOSCOW : Remote.Role.BEIJING;
    }

    /** What the facilitator's last turns held that others may not see (so the checks above had work to do). */
    private int copyRolls;
    private int hiddenChanges;

    private int checkAll(Table t) {
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
                    // the last turn in full (its rolls, contracts, ruling, cards) and the facilitator's earlier events
                    List<Event> lastTurn = new java.util.ArrayList<>(s.revealed());
                    lastTurn.addAll(s.earlier());
                    assertThat(lastTurn.stream().flatMap(e -> deltas(e).stream()).map(Event.Delta::indicator))
                            .as(role + " last turn " + i).doesNotContain(i);
                    if (i == Indicator.CN_COPY_PROGRESS) {
                        // the copy roll's odds would give the secret progress away
                        assertThat(lastTurn).as(role + " copy rolls").noneMatch(e -> e instanceof Event.Roll r
                                && r.kind() == org.amur.engine.RollKind.UNLICENSED_COPY
                                || e instanceof Event.Overridden o && o.kind() == org.amur.engine.RollKind.UNLICENSED_COPY);
                    }
                }
            }
            if (role == Remote.Role.FACILITATOR) {
                copyRolls += (int) s.revealed().stream().filter(e -> e instanceof Event.Roll r
                        && r.kind() == org.amur.engine.RollKind.UNLICENSED_COPY).count();
                hiddenChanges += (int) s.revealed().stream().flatMap(e -> deltas(e).stream())
                        .filter(d -> d.indicator() == Indicator.CN_COPY_PROGRESS).count();
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
            if (role.side() != null && s.highlighted() != null) {
                assertThat(s.legal()).as("a team's highlight is one of its own choices").contains(s.highlighted());
            }
            if (role.side() == null) {
                assertThat(s.highlighted()).as(role + " sees no team's highlight").isNull();
                assertThat(s.legal()).isEmpty();
                assertThat(s.ownChoice()).isNull();
            }
            if (s.reveal() != null) {
                assertThat(s.reveal().turn()).as("only resolved turns are revealed").isLessThan(s.turn() + (s.over() ? 1 : 0));
                assertThat(s.revealed()).as("the last turn starts at its reveal").first().isEqualTo(s.reveal());
                assertThat(s.revealed()).as("no choice of the turn under way").noneMatch(e -> e instanceof Event.ChoiceCommitted
                        || e instanceof Event.ChoiceWithdrawn);
            } else {
                assertThat(s.revealed()).isEmpty();
                assertThat(s.earlier()).isEmpty();
            }
        }
        return 1;
    }
}
