package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.tui.Remote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulings at a remote table (semi-rigid): the second choice of a turn waits for the facilitator, who alone
 * sees both choices until the ruling; an overturned roll resolves the turn as an adjudication, logged.
 */
class TableRulingTest {
    @TempDir
    Path dir;

    private Table open(long seed) throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        ServerLog log = new ServerLog(dir, Clock.systemUTC());
        return Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline"), seed, store,
                new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID), log, null,
                System::nanoTime);
    }

    private static Optional<String> commit(Table t, Side side, int pick) throws Exception {
        Remote.Role role = side == Side.MOSCOW ? Remote.Role.MOSCOW : Remote.Role.BEIJING;
        var legal = t.snapshot(role).legal();
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.commit(side, legal.get(pick % legal.size()), "because " + side.id(), answer::set);
        t.await(() -> { });
        return answer.get();
    }

    @Test
    void theSecondChoiceWaits_onlyTheFacilitatorSeesBoth_andAnOverturnedRollIsAnAdjudication() throws Exception {
        Table t = open(3);
        int adjudicated = 0;
        int turns = 0;
        while (!t.snapshot(Remote.Role.AUDIENCE).over() && turns < 6) {
            int turn = t.snapshot(Remote.Role.AUDIENCE).turn();
            assertThat(commit(t, Side.BEIJING, turn)).isEmpty();
            assertThat(commit(t, Side.MOSCOW, turn * 3)).isEmpty();
            // held: the turn is not resolved, both teams show as chosen everywhere
            for (Remote.Role r : Remote.Role.values()) {
                Remote.Snapshot s = t.snapshot(r);
                assertThat(s.turn()).isEqualTo(turn);
                assertThat(s.moscowChosen() && s.beijingChosen()).isTrue();
                if (r != Remote.Role.FACILITATOR) {
                    assertThat(s.pending()).as(r + " sees no pending choice").isEmpty();
                    assertThat(s.ruling()).as(r + " sees no ruling").isEmpty();
                }
            }
            assertThat(t.snapshot(Remote.Role.MOSCOW).ownChoice()).as("Moscow sees its own held choice").isNotNull();
            Remote.Snapshot f = t.snapshot(Remote.Role.FACILITATOR);
            assertThat(f.pending()).containsOnlyKeys(Side.MOSCOW, Side.BEIJING);
            assertThat(f.ruling()).extracting(Action.Commit::side).containsExactly(Side.BEIJING, Side.MOSCOW);
            Action.Commit held = f.ruling().get(1);
            Step proposal = t.preview(held);
            List<Event.Roll> rolls = ((Step.Accepted) proposal).events().stream()
                    .filter(e -> e instanceof Event.Roll).map(e -> (Event.Roll) e).toList();
            Action ruling = held;
            if (!rolls.isEmpty()) {
                Event.Roll r = rolls.get(0);
                ruling = new Action.Adjudicated(held, List.of(new Action.RollOverride(r.kind(), r.subject(),
                        !r.success())), List.of(), "the white cell overturns it");
                adjudicated++;
            }
            assertThat(t.rule(ruling)).isEmpty();
            t.await(() -> { });
            assertThat(t.snapshot(Remote.Role.AUDIENCE).turn()).isEqualTo(turn + 1);
            assertThat(t.snapshot(Remote.Role.FACILITATOR).ruling()).isEmpty();
            turns++;
        }
        assertThat(adjudicated).as("some turn had a roll to overturn").isPositive();
        long[] inLog = new long[1];
        t.await(() -> inLog[0] = t.session().actions().stream().filter(a -> a instanceof Action.Adjudicated).count());
        assertThat(inLog[0]).isEqualTo(adjudicated);
        String log = Files.readString(dir.resolve(ServerLog.FILE));
        assertThat(log).contains("held t1", "action t1 turn 1 ruling");
        assertThat(t.rule(new Action.Commit(Side.MOSCOW, "none", ""))).as("nothing to rule on").isPresent();
        t.close();
    }

    @Test
    void aHeldChoiceTakenBack_isChosenAgain_andNothingIsLogged() throws Exception {
        Table t = open(4);
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        assertThat(commit(t, Side.BEIJING, 1)).isEmpty();
        assertThat(t.snapshot(Remote.Role.FACILITATOR).ruling()).hasSize(2);
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.withdraw(Side.BEIJING, answer::set);
        t.await(() -> { });
        assertThat(answer.get()).isEmpty();
        assertThat(t.snapshot(Remote.Role.FACILITATOR).ruling()).isEmpty();
        assertThat(t.snapshot(Remote.Role.BEIJING).ownChoice()).isNull();
        assertThat(t.snapshot(Remote.Role.AUDIENCE).beijingChosen()).isFalse();
        t.close();
    }
}
