package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.amur.engine.Action;
import org.amur.engine.Variant;
import org.amur.engine.Side;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.tui.Remote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-turn timer with an injected clock: what runs out, what is committed, and pausing. */
class TableTimerTest {
    @TempDir
    Path dir;
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    /** The bots' work, held until the test runs it (a bot as slow as the test likes). */
    final java.util.concurrent.BlockingQueue<Runnable> botWork = new java.util.concurrent.LinkedBlockingQueue<>();

    /** A table whose two teams have joined: its clock runs. */
    private Table open(Table.TimeUp timeUp) throws Exception {
        Table t = openEmpty(timeUp);
        t.joined(Side.MOSCOW);
        t.joined(Side.BEIJING);
        t.await(() -> { });
        return t;
    }

    /** A table nobody has joined yet. */
    private Table openEmpty(Table.TimeUp timeUp) throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        ServerLog log = new ServerLog(dir, Clock.systemUTC());
        return Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline"), 5, store,
                new Table.Settings(Duration.ofSeconds(90), timeUp, false), log, null, nanos::get, botWork::add);
    }

    @Test
    void theClockWaitsUntilBothTeamsHaveJoined_soAnEmptyRoomLosesNoTurn() throws Exception {
        Table t = openEmpty(Table.TimeUp.KEEP);
        nanos.addAndGet(Duration.ofMinutes(10).toNanos()); // the class is still typing the join lines
        t.await(t::tick);
        assertThat(commits(t)).isEmpty();
        Remote.Snapshot s = t.snapshot(Remote.Role.AUDIENCE);
        assertThat(s.timeLeft()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.clockWaits()).isTrue();
        t.joined(Side.MOSCOW);
        t.joined(Side.MOSCOW); // a second laptop of the same team
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        t.await(t::tick);
        assertThat(commits(t)).isEmpty();
        assertThat(t.snapshot(Remote.Role.MOSCOW).clockWaits()).isTrue();
        // both teams are in: the clock runs from now
        t.joined(Side.BEIJING);
        t.await(() -> { });
        assertThat(t.snapshot(Remote.Role.BEIJING).clockWaits()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        t.await(t::tick);
        assertThat(t.snapshot(Remote.Role.AUDIENCE).timeLeft()).isEqualTo(Duration.ofSeconds(60));
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        t.await(t::tick);
        assertThat(commits(t)).hasSize(2);
        assertThat(Files.readString(dir.resolve(ServerLog.FILE))).contains("clock-started t1 turn 1");
        t.close();
    }

    private static List<Action.Commit> commits(Table t) throws Exception {
        List<Action.Commit>[] out = new List[1];
        t.await(() -> out[0] = t.session().actions().stream().filter(a -> a instanceof Action.Commit)
                .map(a -> (Action.Commit) a).toList());
        return out[0];
    }

    @Test
    void timeUp_keepsTheHighlightedChoice_andTheOtherSidesFirst_andTheTimerShowsWhatIsLeft() throws Exception {
        Table t = open(Table.TimeUp.KEEP);
        List<Variant> legal = t.snapshot(Remote.Role.MOSCOW).legal();
        t.highlight(Side.MOSCOW, legal.get(3));
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        t.await(t::tick);
        assertThat(t.snapshot(Remote.Role.AUDIENCE).timeLeft()).isEqualTo(Duration.ofSeconds(60));
        assertThat(commits(t)).isEmpty();
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        t.await(t::tick);
        List<Action.Commit> c = commits(t);
        assertThat(c).hasSize(2);
        assertThat(c.get(0).variantId()).isEqualTo(legal.get(3).id());
        assertThat(c.get(0).rationale()).contains("time ran out");
        assertThat(t.snapshot(Remote.Role.AUDIENCE).turn()).isEqualTo(2);
        assertThat(t.snapshot(Remote.Role.AUDIENCE).timeLeft()).isEqualTo(Duration.ofSeconds(90));
        assertThat(Files.readString(dir.resolve(ServerLog.FILE))).contains("moscow_time-up", "beijing_time-up");
        t.close();
    }

    @Test
    void aChoiceTakenBackWhileTheFacilitatorRules_putsTheTeamBackOnTheClock() throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        Table t = Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline"), 5, store,
                new Table.Settings(Duration.ofSeconds(90), Table.TimeUp.KEEP, true,
                        org.amur.save.SaveMeta.Adjudication.SEMI_RIGID),
                new ServerLog(dir, Clock.systemUTC()), null, nanos::get, botWork::add);
        t.joined(Side.MOSCOW);
        t.joined(Side.BEIJING);
        t.await(() -> { });
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        t.await(t::tick);
        t.commit(Side.MOSCOW, t.snapshot(Remote.Role.MOSCOW).legal().get(0), "", a -> { });
        t.await(() -> { });
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        t.await(t::tick);
        t.commit(Side.BEIJING, t.snapshot(Remote.Role.BEIJING).legal().get(0), "", a -> { });
        t.await(t::tick);
        assertThat(t.snapshot(Remote.Role.AUDIENCE).timeLeft()).as("the facilitator is ruling").isNull();
        t.withdraw(Side.MOSCOW, a -> { });
        t.await(() -> { });
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        t.await(t::tick);
        assertThat(t.snapshot(Remote.Role.MOSCOW).moscowChosen()).isFalse();
        assertThat(t.snapshot(Remote.Role.MOSCOW).timeLeft()).isEqualTo(Duration.ofSeconds(65));
        assertThat(t.snapshot(Remote.Role.AUDIENCE).timeLeft()).isEqualTo(Duration.ofSeconds(65));
        nanos.addAndGet(Duration.ofSeconds(66).toNanos());
        t.await(t::tick);
        List<Action.Commit> c = commits(t);
        assertThat(c.get(c.size() - 1).rationale()).contains("time ran out");
        t.close();
    }

    @Test
    void aPausedTable_stopsItsTimer_andRefusesCommits() throws Exception {
        Table t = open(Table.TimeUp.KEEP);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        t.pause(true);
        t.await(() -> { });
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        t.await(t::tick);
        assertThat(commits(t)).isEmpty();
        assertThat(t.snapshot(Remote.Role.MOSCOW).timeLeft()).isEqualTo(Duration.ofSeconds(80));
        String[] answer = new String[1];
        t.commit(Side.MOSCOW, t.snapshot(Remote.Role.MOSCOW).legal().get(0), "", a -> answer[0] = a.orElse(""));
        t.await(() -> { });
        assertThat(answer[0]).isEqualTo(ServerText.t("table.paused"));
        t.pause(false);
        t.await(() -> { });
        nanos.addAndGet(Duration.ofSeconds(81).toNanos());
        t.await(t::tick);
        assertThat(commits(t)).hasSize(2);
        t.close();
    }

    /** Runs the bots' held work, then waits for the table to take their choices. */
    private void runBots(Table t) throws Exception {
        Runnable r;
        while ((r = botWork.poll()) != null) {
            r.run();
            t.await(() -> { });
        }
    }

    @Test
    void aBotChoosingForATeamOutOfTime_thinksOffTheTablesThread_whichGoesOnMeanwhile() throws Exception {
        Table t = open(new Table.TimeUp("hawk"));
        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        t.await(t::tick);
        // both bots are thinking (their work not run yet): the table still answers, nobody has chosen
        assertThat(botWork).hasSize(2);
        String[] answer = {null};
        t.note("while the bots think", a -> answer[0] = a.orElse("accepted"));
        t.await(() -> { });
        assertThat(answer[0]).isEqualTo("accepted");
        assertThat(t.snapshot(Remote.Role.AUDIENCE).note()).isEqualTo("while the bots think");
        assertThat(t.snapshot(Remote.Role.AUDIENCE).moscowChosen()).isFalse();
        assertThat(commits(t)).isEmpty();
        // the bots decide: their choices come back to the table as actions, and the turn resolves
        runBots(t);
        List<Action.Commit> c = commits(t);
        assertThat(c).hasSize(2);
        assertThat(c).allMatch(a -> a.rationale().contains("time ran out") && a.rationale().toLowerCase(java.util.Locale.ROOT).contains("hawk"));
        assertThat(t.snapshot(Remote.Role.AUDIENCE).turn()).isEqualTo(2);
        t.close();
    }

    @Test
    void timeUp_withABot_letsTheBotChoose() throws Exception {
        Table t = open(new Table.TimeUp("hawk"));
        int differ = 0;
        while (!t.snapshot(Remote.Role.AUDIENCE).over()) {
            List<Variant> first = t.snapshot(Remote.Role.MOSCOW).legal();
            List<Variant> firstB = t.snapshot(Remote.Role.BEIJING).legal();
            int before = commits(t).size();
            nanos.addAndGet(Duration.ofSeconds(91).toNanos());
            t.await(t::tick);
            runBots(t);
            List<Action.Commit> c = commits(t);
            assertThat(c).hasSize(before + 2);
            differ += c.get(before).variantId().equals(first.get(0).id()) ? 0 : 1;
            differ += c.get(before + 1).variantId().equals(firstB.get(0).id()) ? 0 : 1;
        }
        // the fallback (first legal choice) would never differ; the bot's choices do
        assertThat(differ).isPositive();
        t.close();
    }
}
