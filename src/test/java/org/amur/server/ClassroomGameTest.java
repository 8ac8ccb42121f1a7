package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.save.LoadedGame;
import org.amur.save.SaveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole games over SSH with the real OpenSSH client, each seat in its own tmux session: two teams, the
 * facilitator and the projector; every byte each client receives is recorded and searched for the other
 * side's reasons before the reveal.
 */
class ClassroomGameTest {
    @TempDir
    Path dir;
    SshHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    /** What a client was sent, with escape sequences removed (a full repaint then holds each line's text). */
    static String text(Path bytes) throws Exception {
        if (!Files.exists(bytes)) {
            return "";
        }
        String s = new String(Files.readAllBytes(bytes), StandardCharsets.UTF_8);
        return s.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b[()][0-9A-Za-z]", "")
                .replaceAll("\u001b[=>78]", "");
    }

    /** Asks each client for a full repaint (Ctrl-L) and waits until it shows {@code marker} on screen. */
    private static void repaint(SshHarness.Tmux t, String onScreen) throws Exception {
        t.keys("C-l");
        t.await(onScreen);
        Thread.sleep(150);
    }

    private static String reason(Side side, int turn) {
        return (side == Side.MOSCOW ? "mzq" : "bxq") + turn + "-secret";
    }

    @Test
    void twoTeamsAFacilitatorAndTheProjector_playAWholeGame_andNoOneSeesTheOtherSidesReasonBeforeTheReveal()
            throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 2, new Table.Settings(null, Table.TimeUp.KEEP, true));
        Map<String, Path> rec = Map.of("moscow", dir.resolve("bytes-moscow"), "beijing", dir.resolve("bytes-beijing"),
                "facilitator", dir.resolve("bytes-facilitator"), "audience", dir.resolve("bytes-audience"));
        var moscow = h.join(rec.get("moscow"), h.token("t1", Seat.MOSCOW), 80, 24);
        var beijing = h.join(rec.get("beijing"), h.token("t1", Seat.BEIJING), 80, 24);
        var white = h.join(rec.get("facilitator"), h.token("t1", Seat.FACILITATOR), 80, 24);
        var projector = h.join(rec.get("audience"), h.token("t1", Seat.AUDIENCE), 80, 24);
        int turns = 0;
        for (int turn = 1; ; turn++) {
            String now = moscow.await(s -> s.contains("Turn ") || s.contains("The game is over"), "a turn");
            if (now.contains("The game is over")) {
                break;
            }
            moscow.await("Turn " + turn + " of");
            beijing.await("Turn " + turn + " of");
            // Moscow picks the (turn mod 3)-th choice and commits with a reason
            for (int i = 0; i < turn % 3; i++) {
                moscow.keys("Down");
            }
            moscow.keys("Enter");
            moscow.await("Why");
            moscow.type(reason(Side.MOSCOW, turn));
            moscow.keys("Enter");
            moscow.await("You chose");
            beijing.await("Moscow has chosen");
            projector.await("Moscow has chosen");
            white.await("Moscow has chosen");
            // before the reveal: a full repaint of every other screen, then not a byte of Moscow's reason
            repaint(beijing, "Moscow has chosen");
            repaint(projector, "Moscow has chosen");
            repaint(white, "Moscow has chosen");
            for (String who : List.of("beijing", "audience", "facilitator")) {
                assertThat(text(rec.get(who))).as(who + " before the reveal of turn " + turn)
                        .doesNotContain(reason(Side.MOSCOW, turn));
            }
            beijing.keys("Enter");
            beijing.await("Why");
            beijing.type(reason(Side.BEIJING, turn));
            beijing.keys("Enter");
            final int t0 = turn;
            String shown = projector.await(s -> s.contains("Turn " + t0 + ": Moscow chose")
                    || s.contains("The game is over"), "the reveal of turn " + turn);
            turns++;
            if (!shown.contains("The game is over")) {
                // after the reveal the reasons are public: the same search now finds them (the check above can fail)
                repaint(projector, "Turn " + turn + ": Moscow chose");
                assertThat(text(rec.get("audience"))).contains(reason(Side.MOSCOW, turn), reason(Side.BEIJING, turn));
            }
        }
        for (var t : List.of(moscow, beijing, white, projector)) {
            t.await("The game is over");
        }
        // the game as saved: every commit with its reason, in order
        LoadedGame saved = new SaveStore(dir.resolve("tables")).load(dir.resolve("tables/autosave-t1.json"));
        assertThat(saved.session().state().isOver()).isTrue();
        List<Action.Commit> commits = saved.session().actions().stream()
                .filter(a -> a instanceof Action.Commit).map(a -> (Action.Commit) a).toList();
        assertThat(commits).hasSize(2 * turns);
        for (int t = 1; t <= turns; t++) {
            assertThat(commits.get(2 * t - 2).rationale()).isEqualTo(reason(Side.MOSCOW, t));
            assertThat(commits.get(2 * t - 1).rationale()).isEqualTo(reason(Side.BEIJING, t));
        }
        // the other table never moved
        h.hall.table("t2").await(() -> assertThat(h.hall.table("t2").session().actions()).isEmpty());
        assertThat(h.log()).contains("join 127.0.0.1 t1/audience", "join 127.0.0.1 t1/facilitator");
    }

    @Test
    void onAFullDashboard_BeijingSeesItsCopyProgress_whileMoscowAndTheProjectorSeeOnlyThatItIsSecret()
            throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 1, new Table.Settings(null, Table.TimeUp.KEEP, false));
        String label = org.amur.engine.Text.label(org.amur.engine.Indicator.CN_COPY_PROGRESS);
        double value = h.hall.table("t1").snapshot(org.amur.tui.Remote.Role.FACILITATOR).values()
                .get(org.amur.engine.Indicator.CN_COPY_PROGRESS);
        var beijing = h.join(h.token("t1", Seat.BEIJING), 120, 40);
        var moscow = h.join(h.token("t1", Seat.MOSCOW), 120, 40);
        var projector = h.join(h.token("t1", Seat.AUDIENCE), 120, 40);
        String b = beijing.await(label);
        String rowB = b.lines().filter(l -> l.contains(label)).findFirst().orElseThrow();
        assertThat(rowB.substring(rowB.indexOf(label))).doesNotContain("secret")
                .contains(org.amur.tui.RemoteTestAccess.value(value));
        for (var t : List.of(moscow, projector)) {
            String row = t.await(label).lines().filter(l -> l.contains(label)).findFirst().orElseThrow();
            assertThat(row.substring(row.indexOf(label))).startsWith(label).contains("secret");
        }
    }

    @Test
    void withATimer_theClockWaitsUntilBothTeamsHaveJoined_andTheNamesShowOnTheOverviewAndTheTeamsScreens()
            throws Exception {
        SshHarness.requireTools();
        java.util.concurrent.ScheduledExecutorService clock = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        try {
            h = SshHarness.startHall(dir, 1, new Table.Settings(java.time.Duration.ofSeconds(120), Table.TimeUp.KEEP,
                    false).named(new org.amur.save.Names("Period 2 A", "Red", "Blue")), clock);
            var projector = h.join(h.token("t1", Seat.AUDIENCE), 80, 24);
            var teacher = h.join(h.book.teacher(), 80, 24);
            assertThat(projector.await("Turn 1 of")).contains("2:00 left once both teams join", "table t1, Period 2 A");
            String row = overviewRow(teacher.await("Teacher's console"), "t1");
            assertThat(row).contains("Period 2 A", "joining");
            // one team is in: the clock still waits, on every screen
            var moscow = h.join(h.token("t1", Seat.MOSCOW), 80, 24);
            assertThat(moscow.await("Turn 1 of").lines().findFirst().orElseThrow())
                    .contains("table t1, Period 2 A", "Moscow team: Red");
            h.awaitLog("join", "t1/moscow");
            moscow.keys("C-l");
            assertThat(moscow.await("Turn 1 of")).contains("2:00 left once both teams join");
            assertThat(projector.screen()).contains("2:00 left once both teams join");
            assertThat(overviewRow(teacher.screen(), "t1")).contains("joining");
            assertThat(h.log()).doesNotContain("clock-started");
            // both in: the clock starts and runs down on every screen; the overview stops saying joining
            var beijing = h.join(h.token("t1", Seat.BEIJING), 80, 24);
            assertThat(beijing.await("Turn 1 of").lines().findFirst().orElseThrow()).contains("Beijing team: Blue");
            h.awaitLog("clock-started", "t1", "turn 1");
            for (var t : List.of(projector, moscow, beijing)) {
                t.await(s -> s.contains("1:5") && s.contains(" left") && !s.contains("once both teams join"),
                        "the clock running");
            }
            teacher.await(s -> overviewRow(s, "t1").contains("Period 2 A") && !overviewRow(s, "t1").contains("joining"),
                    "the overview's clock running");
        } finally {
            clock.shutdownNow();
        }
    }

    /** The teacher's overview line for {@code table} ("" when there is none). */
    private static String overviewRow(String screen, String table) {
        return screen.lines().filter(l -> l.length() > 1 && l.substring(1).startsWith(table + " ")).findFirst()
                .orElse("");
    }

    @Test
    void whenTheServerStops_everyScreenEndsCleanly_sayingTheGameIsSavedAndHowToComeBack() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 1, new Table.Settings(null, Table.TimeUp.KEEP, true));
        var moscow = h.join(h.token("t1", Seat.MOSCOW), 80, 24);
        var teacher = h.join(h.book.teacher(), 80, 24);
        moscow.await("Turn 1 of");
        teacher.await("Teacher's console");
        moscow.keys("Enter");
        moscow.await("Why");
        moscow.type("before the bell");
        moscow.keys("Enter");
        moscow.await("You chose");
        h.hall.close(); // what Ctrl-C and the teacher's end of session do first, before the SSH server stops
        for (var t : List.of(moscow, teacher)) {
            String after = t.await(s -> s.replaceAll("\\s+", "").contains("carryonwhereyouwere"), "the sentence");
            // the game's screen is gone (the terminal is put back as it was) and the sentence says what to do
            // (spaces dropped: the terminal wraps the sentence mid-word)
            assertThat(after.replaceAll("\\s+", "")).contains("everygameissaved", "joinwiththesameline")
                    .doesNotContain("Turn1of", "Teacher'sconsole");
        }
        h.awaitLog("leave", "t1/moscow", "server-stopped");
        h.awaitLog("leave", "teacher", "server-stopped");
        LoadedGame saved = new SaveStore(dir.resolve("tables")).load(dir.resolve("tables/autosave-t1.json"));
        assertThat(saved.session().actions()).anyMatch(a -> a instanceof Action.Commit c
                && c.rationale().equals("before the bell"));
    }
}
