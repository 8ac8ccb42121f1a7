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
import org.amur.engine.Action;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.TextBundle;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.tui.PseudoScreen;
import org.amur.tui.Remote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote seats' screens as a connection runs them (their own app loop and input thread), drawn into
 * Lanterna's virtual terminal at 80×24: remote help, the charts, the facilitator's ruling and the teacher's
 * overview. Every screen is ended (as a dropped connection) and every table closed after each test, and a
 * test that waits too long fails with the screen it was waiting on.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteScreensTest {
    @TempDir
    Path dir;
    private final List<VirtualSeat> seats = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private ServerLog log;

    @AfterEach
    void end() throws Exception {
        TextBundle.use(Locale.ENGLISH);
        AssertionError first = null;
        for (VirtualSeat s : seats) {
            try {
                s.close();
            } catch (AssertionError e) {
                first = first == null ? e : first;
            }
        }
        for (Table t : tables) {
            t.close();
        }
        if (log != null) {
            log.close();
        }
        if (first != null) {
            throw first;
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

    private static Optional<String> commit(Table t, Side side, int pick) throws Exception {
        Remote.Role role = side == Side.MOSCOW ? Remote.Role.MOSCOW : Remote.Role.BEIJING;
        List<Variant> legal = t.snapshot(role).legal();
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.commit(side, legal.get(pick % legal.size()), "because " + side.id(), answer::set);
        t.await(() -> { });
        return answer.get();
    }

    @Test
    void aPausedTableWithATimer_saysPausedFirst_soThe80ColumnLineDoesNotCutIt() throws Exception {
        Table t = table("t1", 5, new Table.Settings(java.time.Duration.ofMinutes(5), Table.TimeUp.KEEP, true, null,
                null));
        VirtualSeat laptop = seat(t, Remote.Role.MOSCOW);
        laptop.await("Turn 1 of");
        t.pause(true);
        String screen = laptop.await("PAUSED by the facilitator");
        // the status line is longer than 80 columns with the timer: what is cut is its end, not the pause
        assertThat(screen).containsPattern("(?m)^PAUSED by the facilitator  \\S  Moscow is choosing .*\u2026$");
    }

    @Test
    void aRefusalOnATeamsScreen_goesWithItsTurn() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat laptop = seat(t, Remote.Role.MOSCOW);
        laptop.await("Turn 1 of");
        t.pause(true);
        laptop.await("PAUSED by the facilitator");
        laptop.key(KeyType.Enter);
        laptop.await("The table is paused: wait for the facilitator to resume it.");
        t.pause(false);
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        // the next turn: the refusal was about the last one, and no key was pressed since
        String s = laptop.await("Turn 2 of");
        assertThat(s).doesNotContain("The table is paused");
    }

    @Test
    void aTeamTypingItsReason_whenItsChoiceIsMadeElsewhere_isBackOnTheChosenScreenWhereUTakesItBack()
            throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat laptop = seat(t, Remote.Role.MOSCOW);
        laptop.await("Turn 1 of");
        laptop.key(KeyType.Enter).type("we think");
        laptop.await("we think");
        // the seat's choice is made meanwhile: by its other laptop here, by the timer in class
        assertThat(commit(t, Side.MOSCOW, 3)).isEmpty();
        String s = laptop.await(x -> x.contains("You chose:") && !x.contains("Enter commit"), "the chosen screen");
        assertThat(s).doesNotContain("Why (one line").contains("u take back");
        // the half-typed reason is not dropped silently
        assertThat(s.replaceAll("\\s+", " ")).contains("Your team chose on another screen; the reason you were typing"
                + " was not sent.");
        laptop.key('u');
        laptop.await("Moscow is choosing");
        t.await(() -> assertThat(t.session().state().hasCommitted(Side.MOSCOW)).isFalse());
    }

    @Test
    void aTeamTypingItsReason_whenTheTurnResolvesMeanwhile_isToldOnTheNextTurnThatTheReasonWasNotSent()
            throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat laptop = seat(t, Remote.Role.MOSCOW);
        laptop.await("Turn 1 of");
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        laptop.key(KeyType.Enter).type("we think");
        laptop.await("we think");
        // the seat's choice is made elsewhere (its other laptop here, the timer in class) and, Beijing having
        // chosen, the turn resolves in the same step: the half-typed reason is not dropped silently
        assertThat(commit(t, Side.MOSCOW, 3)).isEmpty();
        String s = laptop.await("Turn 2 of");
        assertThat(s).doesNotContain("Why (one line").doesNotContain("we think");
        assertThat(s.replaceAll("\\s+", " ")).contains("the reason you were typing was not sent.");
    }

    @Test
    void turn2_theRevealsChangesLine_saysItIsBeforeThisYearsCards_whichTheDashboardsChangeIncludes()
            throws Exception {
        // seed 3: 2019 opens with a naval incident (US-China war risk +6) after turn 1 took the risk down 0.3
        Table t = table("t1", 3, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat laptop = seat(t, Remote.Role.MOSCOW);
        laptop.await("Turn 1 of");
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        String s = laptop.await("Turn 2 of");
        // both are right, and the screen says why they differ: the dashboard's change includes this year's cards
        assertThat(s).as(s).containsPattern("US-CN risk +20\\.7 \\+5\\.7 ")
                .containsPattern("(?m)^Changes before this year's cards: .*US-China war risk -0\\.3")
                .doesNotContainPattern("(?m)^Changes: ");
        for (String line : s.lines().toList()) {
            assertThat(line.length()).as(s).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void turn2_withoutCardsThisYear_theRevealsChangesLineIsPlain() throws Exception {
        Table t = table("t1", 4, new Table.Settings(null, Table.TimeUp.KEEP, false)); // seed 4: no card in 2019
        VirtualSeat laptop = seat(t, Remote.Role.MOSCOW);
        laptop.await("Turn 1 of");
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        assertThat(t.snapshot(Remote.Role.MOSCOW).cards()).isEmpty();
        assertThat(laptop.await("Turn 2 of")).containsPattern("(?m)^Changes: \\S");
    }

    @Test
    void aTeamWhoseTimeRanOut_isNotToldThatUTakesItsChoiceBack_forItsChoiceStands() throws Exception {
        // a facilitated table with a turn clock the test moves: Beijing chooses, Moscow's time runs out, and the
        // ruling waits with the choice kept for Moscow; a take-back is refused from then on
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        log = new ServerLog(dir, Clock.systemUTC());
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong(1_000_000_000L);
        Table t = Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline"), 5, store,
                new Table.Settings(java.time.Duration.ofSeconds(90), Table.TimeUp.KEEP, true,
                        SaveMeta.Adjudication.SEMI_RIGID), log, null, nanos::get);
        tables.add(t);
        t.joined(Side.MOSCOW);
        t.joined(Side.BEIJING);
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        moscow.await("Turn 1 of");
        assertThat(commit(t, Side.BEIJING, 1)).isEmpty();
        nanos.addAndGet(java.time.Duration.ofSeconds(91).toNanos());
        t.await(t::tick);
        String s = moscow.await("You chose");
        String flat = s.replaceAll("\\s+", " ");
        assertThat(flat).doesNotContain("u takes yours back").contains("Your time ran out: this choice stands.");
        assertThat(moscow.lastRow()).doesNotContain("u take back");
        // the refusal itself is unchanged
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.withdraw(Side.MOSCOW, answer::set);
        t.await(() -> { });
        assertThat(answer.get()).hasValueSatisfying(a -> assertThat(a).contains("time ran out"));
    }

    @Test
    void aSeatSharedByTwoLaptops_eachHasItsOwnCursor_butBothAreToldWhatTheTimerKeeps_andBothShowTheChoice()
            throws Exception {
        Table t = table("t1", 5, new Table.Settings(java.time.Duration.ofSeconds(120), Table.TimeUp.KEEP, false));
        t.joined(Side.MOSCOW);
        t.joined(Side.BEIJING);
        VirtualSeat one = seat(t, Remote.Role.MOSCOW);
        VirtualSeat two = seat(t, Remote.Role.MOSCOW);
        List<Variant> legal = t.snapshot(Remote.Role.MOSCOW).legal();
        String kept = "Time-up keeps the other screen's pick: ";
        one.await("Turn 1 of");
        two.await("Turn 1 of");
        one.key(KeyType.ArrowDown);
        one.await("\u25b6 " + Text.title(legal.get(1)));
        t.await(() -> assertThat(t.match().highlighted(Side.MOSCOW)).contains(legal.get(1)));
        // the other laptop keeps its own cursor, and is told which choice the timer would commit
        String other = two.await(x -> x.contains(kept), "the timer's choice on the other laptop");
        assertThat(other).contains("\u25b6 " + Text.title(legal.get(0)), kept + Text.title(legal.get(1)));
        assertThat(one.await("\u25b6 " + Text.title(legal.get(1)))).doesNotContain(kept);
        two.key(KeyType.ArrowDown).key(KeyType.ArrowDown);
        two.await(x -> x.contains("\u25b6 " + Text.title(legal.get(2))) && !x.contains(kept), "its own highlight kept");
        assertThat(one.await(x -> x.contains(kept + Text.title(legal.get(2))), "the other's highlight"))
                .contains("\u25b6 " + Text.title(legal.get(1)));
        // what is chosen is the same on both
        two.key(KeyType.Enter).key(KeyType.Enter);
        assertThat(one.await("You chose: ")).contains("You chose: " + Text.title(legal.get(2)));
        assertThat(two.await("You chose: ")).contains("You chose: " + Text.title(legal.get(2)));
    }

    @Test
    void aSeatTooSmall_saysCtrlCLeavesTheSeat_notThatItSaves() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        projector.await("Turn 1 of");
        projector.resize(60, 20);
        String s = projector.await("Enlarge the terminal");
        assertThat(s.replaceAll("\\s+", " ")).contains("Ctrl-C leaves; your seat is kept.")
                .doesNotContain("saves and quits");
        projector.resize(80, 24);
        projector.await("Turn 1 of");
    }

    @Test
    void theLastReveal_putsBeijingsChoiceUnderMoscows() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        String s = projector.await("Turn 1: Moscow chose");
        List<String> rows = List.of(s.split("\n"));
        int at = 0;
        while (!rows.get(at).startsWith("Turn 1: Moscow chose")) {
            at++;
        }
        assertThat(rows.get(at + 1)).startsWith("        Beijing chose ");
    }

    @Test
    void helpOnEverySeat_listsTheKeysThatWorkOverSsh_forThatSeat_andNeverTheLocalGamesKeys() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID));
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        VirtualSeat white = seat(t, Remote.Role.FACILITATOR);
        for (VirtualSeat s : List.of(moscow, projector, white)) {
            s.await("Turn 1 of");
            s.key('?');
        }
        String team = moscow.await("Help: the Moscow team's keys");
        assertThat(team).contains("Take your choice back", "Charts of the values this seat may see",
                "your seat is kept");
        String audience = projector.await("Help: the projector's keys");
        assertThat(audience).contains("The charts: every public value").doesNotContain("Take your choice back",
                "Highlight a choice");
        String facilitator = white.await("Help: the facilitator's keys");
        assertThat(facilitator).contains("Pause or resume this table", "open the ruling")
                .doesNotContain("Take your choice back");
        for (String help : List.of(team, audience, facilitator)) {
            // the local game's keys do nothing over SSH: its key list is not shown
            assertThat(help).doesNotContain("Log of the whole game", "Save the game under a name",
                    "Leave to the main menu");
        }
        // Esc closes help, back on the seat's own screen, where the keys still work
        moscow.key(KeyType.Escape);
        moscow.await("Turn 1 of");
        moscow.key(KeyType.Enter);
        moscow.await("Why (one line, optional)");
    }

    @Test
    void theTeachersHelp_listsTheConsolesKeys() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, true));
        Hall hall = new Hall(List.of(t), log);
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, hall);
        seats.add(teacher);
        teacher.await("Teacher's console");
        teacher.key('?');
        assertThat(teacher.await("Help: the teacher's console keys")).contains("Pause or resume every table",
                "End the session").doesNotContain("Take your choice back", "Log of the whole game");
        teacher.key(KeyType.Escape);
        teacher.await("Teacher's console");
    }

    @Test
    void theProjectorsCharts_showThePublicValuesTurnByTurn_andFollowTheTableWhileOpen() throws Exception {
        Table t = table("t1", 7, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        projector.await("Turn 1 of");
        projector.key('c');
        String charts = projector.await("Charts: table t1, turn 1 of 8");
        assertThat(charts).contains(Text.label(Indicator.RU_SCORE));
        // a turn resolves while the charts are open: they are redrawn for turn 2
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        assertThat(commit(t, Side.BEIJING, 1)).isEmpty();
        projector.await("Charts: table t1, turn 2 of 8");
        // further down: every charted public value, and never Beijing's secret copy progress
        StringBuilder pages = new StringBuilder(projector.text());
        for (int i = 0; i < 6; i++) {
            projector.key(KeyType.PageDown);
            Thread.sleep(100);
            pages.append(projector.text());
        }
        assertThat(pages.toString()).contains(Text.label(Indicator.TRUST), Text.label(Indicator.CN_LEVERAGE))
                .doesNotContain(Text.label(Indicator.CN_COPY_PROGRESS));
        projector.key(KeyType.Escape);
        projector.await("Turn 2 of");
    }

    @Test
    void theFacilitatorRulesOverSsh_seeingBothChoices_overturningARoll_withAReason() throws Exception {
        Table t = table("t1", 3, new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID));
        VirtualSeat white = seat(t, Remote.Role.FACILITATOR);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        white.await("Turn 1 of");
        // turn 1: the dice are accepted as rolled
        assertThat(commit(t, Side.BEIJING, 1)).isEmpty();
        assertThat(commit(t, Side.MOSCOW, 3)).isEmpty();
        Variant moscowChoice = t.snapshot(Remote.Role.MOSCOW).ownChoice();
        String waiting = white.await("turn 1 waits for your ruling");
        assertThat(white.lastRow()).contains("r rule");
        assertThat(waiting).contains(Text.title(moscowChoice));
        // the projector shows the turn is being ruled, never the choices
        assertThat(projector.await("the facilitator is ruling")).doesNotContain(Text.title(moscowChoice));
        white.key('r');
        String ruling = white.await("Ruling on turn 1");
        assertThat(ruling).contains("Moscow: ", "Beijing: ", "because moscow", "because beijing");
        white.key(KeyType.Enter);
        white.await("Accept the outcome of turn 1?");
        white.key('y');
        white.await("Turn 2 of");
        projector.await("Turn 1: Moscow chose");
        // turn 2: a roll is overturned, which needs a reason
        int turn = 2;
        Action.Commit held = null;
        for (int pick = 0; pick < 12 && held == null; pick++) {
            assertThat(commit(t, Side.BEIJING, pick)).isEmpty();
            assertThat(commit(t, Side.MOSCOW, pick * 5 + 1)).isEmpty();
            Remote.Snapshot f = t.snapshot(Remote.Role.FACILITATOR);
            var step = (org.amur.engine.Step.Accepted) t.preview(f.ruling().get(1));
            if (step.events().stream().anyMatch(e -> e instanceof org.amur.engine.Event.Roll)) {
                held = f.ruling().get(1);
            } else {
                AtomicReference<Optional<String>> a = new AtomicReference<>();
                t.withdraw(Side.MOSCOW, a::set);
                t.await(() -> { });
                t.withdraw(Side.BEIJING, a::set);
                t.await(() -> { });
            }
        }
        assertThat(held).as("some pair of choices rolls dice on turn 2").isNotNull();
        white.await("turn " + turn + " waits for your ruling");
        white.key(KeyType.Enter);
        white.await("Ruling on turn 2");
        white.key(' ');
        white.await("overturned, counts as");
        assertThat(white.lastRow()).contains("Enter rule");
        white.key(KeyType.Enter);
        white.await("Your reason for the ruling on turn 2");
        white.type("the exercise was staged");
        white.key(KeyType.Enter);
        white.await("Turn 3 of");
        long[] adjudicated = new long[1];
        String[] why = new String[1];
        t.await(() -> t.session().actions().stream().filter(a -> a instanceof Action.Adjudicated)
                .map(a -> (Action.Adjudicated) a).forEach(a -> {
                    adjudicated[0]++;
                    why[0] = a.rationale();
                }));
        assertThat(adjudicated[0]).isEqualTo(1);
        assertThat(why[0]).isEqualTo("the exercise was staged");
        assertThat(Files.readString(dir.resolve(ServerLog.FILE))).contains("action t1 turn 2 ruling");
    }

    @Test
    void theTeachersOverview_showsEveryTablesTurnChoicesAndScores_opensATable_andPausesAll() throws Exception {
        Table t1 = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, true));
        Table t2 = table("t2", 6, new Table.Settings(null, Table.TimeUp.KEEP, true));
        Hall hall = new Hall(List.of(t1, t2), log);
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, hall);
        seats.add(teacher);
        String overview = teacher.await("Teacher's console");
        assertThat(overview).contains("2 tables", "vs par RU / CN");
        assertThat(row(overview, "t1")).contains("1/8", "choosing");
        // a team of table 2 chooses: its row says so, table 1's does not change
        assertThat(commit(t2, Side.BEIJING, 0)).isEmpty();
        overview = teacher.await(s -> row(s, "t2").contains("chosen"), "t2's Beijing chosen");
        assertThat(row(overview, "t1")).doesNotContain("chosen");
        // scores against par for both sides, as Engine.standing gives them
        String t1row = row(overview, "t1");
        assertThat(t1row).matches(".*[-+]?\\d+(\\.\\d)? \\S.* / [-+]?\\d+(\\.\\d)? \\S.*");
        assertThat(teacher.lastRow()).contains("Enter open table", "p pause all", "E end the session", "? help",
                "q leave");
        // pause all: every table is paused and the overview says so
        teacher.key('p');
        teacher.await(s -> row(s, "t1").contains("paused") && row(s, "t2").contains("paused"), "both paused");
        assertThat(t1.snapshot(Remote.Role.AUDIENCE).paused()).isTrue();
        teacher.key('p');
        teacher.await(s -> !row(s, "t1").contains("paused"), "resumed");
        // open table 2's console and come back with Esc
        teacher.key(KeyType.ArrowDown);
        teacher.key(KeyType.Enter);
        String console = teacher.await("table t2");
        assertThat(console).contains("Facilitator", "Beijing has chosen");
        assertThat(teacher.lastRow()).contains("c charts", "? help", "Esc all tables");
        teacher.key(KeyType.Escape);
        teacher.await("Teacher's console");
        // q leaves the console; the tables go on
        teacher.key('q');
        teacher.awaitEnd();
        assertThat(commit(t1, Side.MOSCOW, 0)).isEmpty();
    }

    @Test
    void aNamedTable_showsItsNameAndItsTeamsNames_onItsScreensAndTheTeachersOverview() throws Exception {
        Table.Settings named = new Table.Settings(null, Table.TimeUp.KEEP, true)
                .named(new org.amur.save.Names("Period 2 A", "Red", "Blue"));
        Table t1 = table("t1", 5, named);
        Table t2 = table("t2", 6, new Table.Settings(null, Table.TimeUp.KEEP, true));
        VirtualSeat moscow = seat(t1, Remote.Role.MOSCOW);
        VirtualSeat beijing = seat(t1, Remote.Role.BEIJING);
        VirtualSeat projector = seat(t1, Remote.Role.AUDIENCE);
        assertThat(moscow.await("Turn 1 of").lines().findFirst().orElseThrow())
                .contains("table t1, Period 2 A", "Moscow team: Red");
        assertThat(beijing.await("Turn 1 of").lines().findFirst().orElseThrow()).contains("Beijing team: Blue");
        assertThat(projector.await("Turn 1 of").lines().findFirst().orElseThrow()).contains("table t1, Period 2 A");
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, new Hall(List.of(t1, t2), log));
        seats.add(teacher);
        String overview = teacher.await("Teacher's console");
        assertThat(row(overview, "t1")).contains("Period 2 A");
        assertThat(row(overview, "t2")).contains("Partnership");
    }

    @Test
    void aTeamThatChose_readsTheWholeWaitingLine_andAFinishedGameNoLongerSaysWhoIsChoosing() throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        log = new ServerLog(dir, Clock.systemUTC());
        Table t = Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline").withTurns(1), 4, store,
                new Table.Settings(null, Table.TimeUp.KEEP, false), log, null, System::nanoTime);
        tables.add(t);
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        moscow.await("Turn 1 of 1");
        moscow.key(KeyType.Enter);
        moscow.await("Why");
        moscow.key(KeyType.Enter);
        // wrapped at 80 columns: the end of the sentence says how to take the choice back
        assertThat(moscow.await("You chose")).contains("(u takes yours\nback).");
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        String over = projector.await("The game is over");
        assertThat(over).doesNotContain("is choosing", "has chosen");
    }

    @Test
    void withATimer_everyScreenSaysTheClockWaitsForBothTeams_andTheOverviewSaysJoining() throws Exception {
        Table t = table("t1", 5, new Table.Settings(java.time.Duration.ofSeconds(120), Table.TimeUp.KEEP, false));
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        assertThat(projector.await("Turn 1 of")).contains("2:00 left once both teams join");
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, new Hall(List.of(t), log));
        seats.add(teacher);
        assertThat(row(teacher.await("Teacher's console"), "t1")).contains("joining");
        t.joined(Side.MOSCOW);
        t.joined(Side.BEIJING);
        projector.await(s -> s.contains(" left") && !s.contains("once both teams join"), "the clock running");
        teacher.await(s -> !row(s, "t1").contains("joining"), "the clock running on the overview");
    }

    /** The overview's line for {@code table} ("" when there is none). */
    private static String row(String screen, String table) {
        return screen.lines().filter(l -> l.length() > 1 && l.substring(1).startsWith(table + " ")).findFirst()
                .orElse("");
    }

    @Test
    void everySeatsKeyBar_keepsChartsHelpAndLeave_at80Columns() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID));
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        VirtualSeat white = seat(t, Remote.Role.FACILITATOR);
        for (VirtualSeat s : List.of(moscow, projector, white)) {
            s.await("Turn 1 of");
            assertThat(s.lastRow()).as("key bar").contains("c charts", "? help", "q leave");
        }
        assertThat(moscow.lastRow()).contains("Enter choose");
        assertThat(white.lastRow()).contains("p pause");
        // with a ruling waiting, the facilitator's bar is fullest
        assertThat(commit(t, Side.BEIJING, 0)).isEmpty();
        assertThat(commit(t, Side.MOSCOW, 0)).isEmpty();
        white.await("waits for your ruling");
        assertThat(white.lastRow()).contains("r rule", "c charts", "? help", "q leave");
        // turn 2, a reveal behind it and a ruling waiting: the fullest bar still has the charts, help and leave,
        // and opened from the teacher's console, the way back
        assertThat(t.rule(t.snapshot(Remote.Role.FACILITATOR).ruling().get(1))).isEmpty();
        t.await(() -> { });
        assertThat(commit(t, Side.BEIJING, 1)).isEmpty();
        assertThat(commit(t, Side.MOSCOW, 1)).isEmpty();
        white.await("turn 2 waits for your ruling");
        assertThat(white.lastRow()).contains("r rule", "c charts", "l last turn", "? help", "q leave");
        assertThat(moscow.await("Turn 2 of")).isNotEmpty();
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, new Hall(List.of(t), log));
        seats.add(teacher);
        teacher.await("Teacher's console");
        teacher.key(KeyType.Enter);
        teacher.await("turn 2 waits for your ruling");
        assertThat(teacher.lastRow()).contains("r rule", "c charts", "? help", "Esc all tables");
    }

    private static Optional<String> commit(Table t, Side side, Variant v, String reason) throws Exception {
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        t.commit(side, v, reason, answer::set);
        t.await(() -> { });
        return answer.get();
    }

    /** The whole document of a scrolling screen at 80 columns: every page from the top, joined. */
    private static String allPages(VirtualSeat s) throws Exception {
        StringBuilder pages = new StringBuilder();
        s.key(KeyType.Home);
        Thread.sleep(300);
        String last = null;
        for (int i = 0; i < 30; i++) {
            String now = s.text();
            for (int wait = 0; wait < 40 && now.equals(last); wait++) {
                Thread.sleep(50); // the next page may take a moment to be drawn
                now = s.text();
            }
            if (now.equals(last)) {
                break; // the last page
            }
            for (String line : now.split("\n")) {
                // without the last column, where the scroll bar is drawn
                pages.append(line, 0, Math.min(line.length(), 79)).append('\n');
            }
            last = now;
            s.key(KeyType.PageDown);
        }
        return pages.toString();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static final String LONG = "We judge that the partner will answer in kind, because two years of exercises built"
            + " enough trust to risk a larger step this year, and waiting would hand the initiative to Washington";

    @Test
    void longReasonsAndARuling_atTheEnd_areCutOnlyWithAnEllipsis_andWholeInTheLastTurn_withTheContractsTranche()
            throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        log = new ServerLog(dir, Clock.systemUTC());
        Table t = Table.open("t1", ScenarioLoader.forInstallation().resolve("baseline").withTurns(2), 4, store,
                new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID), log, null,
                System::nanoTime);
        tables.add(t);
        List<VirtualSeat> all = new ArrayList<>();
        for (Remote.Role r : Remote.Role.values()) {
            all.add(seat(t, r));
        }
        // turn 1: both sign the Su-35 contract; the facilitator accepts the dice
        assertThat(commit(t, Side.MOSCOW, Variant.ARMS_SU35, LONG + " (Moscow, end)")).isEmpty();
        assertThat(commit(t, Side.BEIJING, Variant.ARMS_SU35, LONG + " (Beijing, end)")).isEmpty();
        assertThat(t.rule(t.snapshot(Remote.Role.FACILITATOR).ruling().get(1))).isEmpty();
        t.await(() -> { });
        // turn 2: its first tranche is due; the facilitator overturns a roll with a long reason
        Variant second = t.snapshot(Remote.Role.MOSCOW).legal().get(0);
        assertThat(commit(t, Side.MOSCOW, second, LONG + " (Moscow 2, end)")).isEmpty();
        assertThat(commit(t, Side.BEIJING, second, LONG + " (Beijing 2, end)")).isEmpty();
        Action.Commit held = t.snapshot(Remote.Role.FACILITATOR).ruling().get(1);
        var rolls = ((org.amur.engine.Step.Accepted) t.preview(held)).events().stream()
                .filter(e -> e instanceof org.amur.engine.Event.Roll).map(e -> (org.amur.engine.Event.Roll) e).toList();
        assertThat(rolls).as("turn 2 rolls for the tranche").isNotEmpty();
        var flip = rolls.get(0);
        String ruling = "The plants were working three shifts that winter, so the ruling gives the roll the other"
                + " way; see the briefing on Komsomolsk for why (ruling, end)";
        assertThat(t.rule(new Action.Adjudicated(held, List.of(new Action.RollOverride(flip.kind(), flip.subject(),
                !flip.success())), List.of(), ruling))).isEmpty();
        t.await(() -> { });
        for (VirtualSeat s : all) {
            String over = s.await("The game is over");
            // on the 80×24 screen: the reveal of turn 2 and the ruling, each cut only with an ellipsis
            assertThat(over).contains("Turn 2: Moscow chose", "FACILITATOR RULING", "Delivery (Su-35 fighters contract 2,"
                    + " tranche 1 of 2)");
            for (String line : over.split("\n")) {
                for (String end : List.of("(Moscow 2, end)", "(Beijing 2, end)", "(ruling, end)")) {
                    if (line.contains(LONG.substring(0, 20)) || line.contains("three shifts")) {
                        assertThat(line.endsWith("\u2026") || line.contains(end) || line.length() < 80)
                                .as("a reason's line is whole or ends in an ellipsis: " + line).isTrue();
                    }
                }
            }
            // l: the last turn in full, as the local reveal gives it
            s.key('l');
            s.await("Turn 2 (2019): the choices revealed");
            String whole = flat(allPages(s));
            assertThat(whole).contains(flat(LONG + " (Moscow 2, end)"), flat(LONG + " (Beijing 2, end)"),
                    flat(ruling), "Delivery (Su-35 fighters contract 2, tranche 1 of 2)");
            // the overturned roll is summed up as ruled, with what the dice said
            assertThat(whole).contains((flip.success() ? "no, as the facilitator ruled (the dice said yes"
                    : "yes, as the facilitator ruled (the dice said no"));
            s.key(KeyType.Escape);
            s.await("The game is over");
        }
    }

    @Test
    void aTeamsDetails_showTheContractABigSaleWouldSign_asLocalPlaysPreviewDoes() throws Exception {
        Table t = table("t1", 5, new Table.Settings(null, Table.TimeUp.KEEP, false));
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        moscow.await("Turn 1 of");
        assertThat(moscow.lastRow()).contains("d details", "c charts", "? help", "q leave");
        List<Variant> legal = t.snapshot(Remote.Role.MOSCOW).legal();
        for (int i = 0; i < legal.indexOf(Variant.ARMS_SU35); i++) {
            moscow.key(KeyType.ArrowDown);
        }
        moscow.await("\u25b6 " + Text.title(Variant.ARMS_SU35));
        moscow.key('d');
        moscow.await("Details for Moscow");
        assertThat(flat(allPages(moscow))).contains("Contract: Su-35 fighters contract 2, 12 aircraft for $1B, in 2"
                + " tranches due", "A later sale of this system would be a smaller contract");
        moscow.key(KeyType.Escape);
        moscow.await("Enter choose");
    }

    @Test
    void aTeamJoiningAgain_seesTheChoiceItHadHighlighted_whichIsWhatItsTimerKeeps() throws Exception {
        Table t = table("t1", 5, new Table.Settings(java.time.Duration.ofSeconds(120), Table.TimeUp.KEEP, false));
        VirtualSeat beijing = seat(t, Remote.Role.BEIJING);
        beijing.await("Turn 1 of");
        List<Variant> legal = t.snapshot(Remote.Role.BEIJING).legal();
        beijing.key(KeyType.ArrowDown).key(KeyType.ArrowDown);
        beijing.await("\u25b6 " + Text.title(legal.get(2)));
        t.await(() -> assertThat(t.match().highlighted(Side.BEIJING)).contains(legal.get(2)));
        beijing.close(); // the connection drops
        seats.remove(beijing);
        VirtualSeat again = seat(t, Remote.Role.BEIJING);
        assertThat(again.await("Turn 1 of")).contains("\u25b6 " + Text.title(legal.get(2)));
        // Moscow's screen never moves with Beijing's highlight
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        assertThat(moscow.await("Turn 1 of")).contains("\u25b6 " + Text.title(t.snapshot(Remote.Role.MOSCOW).legal().get(0)));
    }

    /**
     * Every remote seat's screen at 80x24 in the pseudo-locale: no English outside a bundle, nothing cut
     * without an ellipsis ({@link PseudoScreen}), as {@code PseudoLocaleScreensTest} checks the local ones.
     */
    @Test
    void everyRemoteSeatsScreen_inThePseudoLocale_hasNoEnglishOutsideABundle_andNothingCutSilently() throws Exception {
        TextBundle.use(TextBundle.PSEUDO);
        List<String> problems = new ArrayList<>();
        java.util.function.BiConsumer<String, String> look = (what, screen) -> {
            for (String p : PseudoScreen.problems(screen, Set.of("t1", "baseline", "because", "moscow", "beijing"))) {
                problems.add(what + ", " + p + "\n" + screen);
            }
        };
        Table t = table("t1", 3, new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID));
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        VirtualSeat white = seat(t, Remote.Role.FACILITATOR);
        look.accept("team", moscow.await("Turn 1 of"));
        look.accept("projector", projector.await("Turn 1 of"));
        look.accept("facilitator", white.await("Turn 1 of"));
        moscow.key('?');
        look.accept("team's help", moscow.await("Help:"));
        moscow.key(KeyType.Escape);
        projector.key('c');
        look.accept("projector's charts", projector.await("Charts:"));
        projector.key(KeyType.Escape);
        assertThat(commit(t, Side.BEIJING, 1)).isEmpty();
        assertThat(commit(t, Side.MOSCOW, 3)).isEmpty();
        look.accept("facilitator, a ruling waits", white.await("waits for your ruling"));
        look.accept("projector while the facilitator rules", projector.await("the fac"));
        white.key('r');
        look.accept("ruling", white.await("Ruling on turn 1"));
        VirtualSeat teacher = VirtualSeat.teacher(80, 24, new Hall(List.of(t), log));
        seats.add(teacher);
        look.accept("teacher's console", teacher.await("console"));
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }
}
