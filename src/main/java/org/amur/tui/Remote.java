package org.amur.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioInfo;

/**
 * The game screen for a remote seat (the classroom server): the same app loop, keys, colours and
 * 80×24 minimum as local play, on a terminal the caller gives (an SSH channel), showing one seat's
 * {@link Snapshot}s. A snapshot is built by the table for one role and holds only what that role may
 * see, so nothing secret ever reaches this code for a seat that may not see it.
 */
public final class Remote {
    private Remote() {
    }

    /** Who sits at a remote screen. */
    public enum Role {
        MOSCOW, BEIJING, FACILITATOR, AUDIENCE;

        public Side side() {
            return this == MOSCOW ? Side.MOSCOW : this == BEIJING ? Side.BEIJING : null;
        }
    }

    /**
     * What one role sees of a table at one moment; immutable. {@code values} and {@code history} hold only
     * the indicators the role may see; {@code legal} and {@code ownChoice} only for a team; {@code pending}
     * (the choices made but not yet revealed) only for the facilitator; {@code reveal} and {@code net} are
     * the last resolved turn's choices, reasons and visible changes. {@code standings} holds a side's result
     * against par only where the role may see that side's score. {@code ruling}, for the facilitator only and
     * only while the second choice of a turn waits for its ruling, holds both choices (the first made, then the held one);
     * {@code pending} then holds their variants. {@code names} are the table's and its teams' names, the same
     * for every role (the teacher gave them when starting the server). {@code clockWaits}: the turn timer
     * has not started because a team has not joined yet. {@code revealed}: the last resolved turn's events from
     * its reveal on (its rolls, contracts, ruling and changes, then the next year's cards), and {@code earlier}
     * what the facilitator did in that turn before the reveal, both redacted for the role's audience.
     * {@code highlighted}, for a team only: the choice it has highlighted (what a timer that runs out keeps), so a
     * screen that joins again shows the same one. {@code cards}: this year's events (the cards that opened the turn
     * and those the facilitator played in it, {@link ThisYear#of}), redacted for the role's audience; public.
     */
    public record Snapshot(String table, String title, Role role, int turn, int lastTurn, int year,
                           Map<Indicator, Double> values, Map<Indicator, double[]> history, boolean over,
                           String ending, boolean moscowChosen, boolean beijingChosen, List<Variant> legal,
                           Variant ownChoice, Map<Side, Variant> pending, Event.ChoicesRevealed reveal,
                           List<Event.Delta> net, List<Event> cards, Duration timeLeft, boolean paused,
                           String note, long version, Map<Side, Standing> standings, List<Action.Commit> ruling,
                           org.amur.save.Names names, boolean clockWaits, List<Event> revealed,
                           List<Event> earlier, Variant highlighted, boolean ownStands) {
        public Snapshot {
            revealed = List.copyOf(revealed);
            earlier = List.copyOf(earlier);
            names = names == null ? org.amur.save.Names.NONE : names;
            standings = Map.copyOf(standings);
            ruling = List.copyOf(ruling);
            values = Map.copyOf(values);
            history = Map.copyOf(history);
            legal = List.copyOf(legal);
            pending = Map.copyOf(pending);
            net = List.copyOf(net);
            cards = List.copyOf(cards);
        }

        public boolean chosen(Side s) {
            return s == Side.MOSCOW ? moscowChosen : beijingChosen;
        }
    }

    /** One table as a remote screen drives it; every method may be called from any thread. */
    public interface Table {
        String id();

        /** The latest snapshot for {@code role}. */
        Snapshot snapshot(Role role);

        /** Calls {@code changed} (on some thread) whenever the table changes; the result stops it. */
        AutoCloseable watch(Runnable changed);

        /** Commits for a team; {@code answer} gets empty when accepted, else one sentence. */
        void commit(Side side, Variant v, String reason, Consumer<Optional<String>> answer);

        void withdraw(Side side, Consumer<Optional<String>> answer);

        /** The variant a team has highlighted (what a timer that runs out keeps). */
        void highlight(Side side, Variant v);

        /** The facilitator pauses or resumes the table (no commits, the timer stopped). */
        void pause(boolean paused);

        /** The facilitator's note to everyone at the table (shown on every screen, kept in the log). */
        void note(String text, Consumer<Optional<String>> answer);

        /** The scenario's event cards the facilitator may play. */
        List<Card> deck();

        /** The facilitator plays a card of the deck now (before either team has chosen), with a reason. */
        void inject(String cardId, String reason, Consumer<Optional<String>> answer);

        /** What the engine would do with {@code action} now, without doing it (the facilitator's ruling). */
        Step preview(Action action);

        /**
         * The facilitator resolves the turn with the held choice: that choice itself, or a ruling on it. Waits
         * for the table; empty when done, else one sentence why not.
         */
        Optional<String> rule(Action action);

        /** The scenario's words (names of rolls and events, for the facilitator's ruling). */
        ScenarioInfo info();

        /** The scenario as this table plays it (its length, the sides' objectives: public), for the briefing. */
        org.amur.scenario.LoadedScenario scenario();

        /**
         * What {@code v} would do if {@code side} chose it now, as that team's own preview shows it (never a value
         * hidden from the side); for a team's details. Waits for the table.
         */
        Outlook outlook(Side side, Variant v);
    }

    /**
     * What a team may know of one of its choices now: the scenario (public), the engine's forecast for the side
     * (which reads every value hidden from it as the scenario's start) and why it cannot be chosen now, if so.
     */
    public record Outlook(org.amur.engine.Scenario scenario, org.amur.engine.Forecast forecast,
                          Optional<org.amur.engine.Rejection> whyNot) {
    }

    /** An event card of the scenario's deck. */
    public record Card(String id, String title) {
    }

    /** The teacher's view of every table. */
    public interface Classroom {
        List<Table> tables();

        void pauseAll(boolean paused);

        /** Ends the session: every table saved, every connection closed. */
        void end();
    }

    /** How to draw: colours as the client asked ({@code NO_COLOR}) and for its {@code TERM}. */
    public record Looks(boolean noColor, String term) {
        Palette palette() {
            return Palette.detect(false, noColor ? Map.of("NO_COLOR", "1", "TERM", term) : Map.of("TERM", term));
        }
    }

    /** Runs {@code role}'s screen of {@code table} on {@code terminal} until the client leaves. */
    public static void run(Terminal terminal, Looks looks, Table table, Role role) throws IOException,
            InterruptedException {
        runView(terminal, looks, app -> new RemoteView(app, table, role, null));
    }

    /** Runs the teacher's console on {@code terminal} until the teacher leaves or ends the session. */
    public static void runTeacher(Terminal terminal, Looks looks, Classroom classroom) throws IOException,
            InterruptedException {
        runView(terminal, looks, app -> new TeacherView(app, classroom));
    }

    private static void runView(Terminal terminal, Looks looks, java.util.function.Function<App, View> first)
            throws IOException, InterruptedException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            Executor direct = Runnable::run;
            App.Config config = new App.Config(null, null, looks.palette(), Glyphs.forCharset(StandardCharsets.UTF_8),
                    direct, (ms, task) -> { }, () -> 0L, Seats.FACTORY);
            App app = new App(screen, config);
            List<View> made = new java.util.ArrayList<>();
            try {
                app.run(a -> {
                    View v = first.apply(a);
                    made.add(v);
                    return v;
                });
            } finally {
                for (View v : made) {
                    if (v instanceof AutoCloseable c) {
                        try {
                            c.close();
                        } catch (Exception e) {
                            // stop watching in any case
                        }
                    }
                }
            }
        } finally {
            try {
                screen.stopScreen();
            } catch (IOException | RuntimeException e) {
                // the connection is going away anyway
            }
        }
    }
}
