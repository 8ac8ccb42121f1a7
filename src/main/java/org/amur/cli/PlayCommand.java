package org.amur.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.TextRules;
import org.amur.session.Match;
import org.amur.tui.Seats;
import org.amur.tui.Tui;
import org.amur.tui.TurnTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code amur play}: starts a game on the full-screen game screen ({@link Tui}), or with
 * {@code --plain} in plain text, one prompt per decision. The plain game works in any terminal and
 * from a pipe (type or pipe the choices), which also makes it the scriptable way to play.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Start a game: each seat is a human at this keyboard or a bot.",
            "Opens the game screen; --plain plays in plain text (works from a pipe too)."})
final class PlayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE", defaultValue = ScenarioLoader.DEFAULT_ID,
            description = "Scenario id or file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the dice; the same seed and choices replay "
            + "the same game (default: a random seed, shown at the start).")
    Long seed;

    @Option(names = "--moscow", paramLabel = "human|BOT", defaultValue = "human",
            description = "Who plays Moscow: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = SeatNames.class)
    String moscow;

    @Option(names = "--beijing", paramLabel = "human|BOT", defaultValue = Seats.OPPONENT,
            description = "Who plays Beijing: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = SeatNames.class)
    String beijing;

    @Option(names = "--facilitator", arity = "0..1", fallbackValue = "closed", paramLabel = "closed|open",
            description = "A facilitator (the white cell) runs the game from a console at the start of every turn: "
                    + "injects, notes, pauses, rulings. 'open' also shows the facilitator each side's choice as soon "
                    + "as it is made (default when given: closed).")
    String facilitator;

    @Option(names = "--adjudication", paramLabel = "rigid|semi-rigid|free",
            description = "With --facilitator: how turns are ruled unless the facilitator changes it for a turn "
                    + "(default: semi-rigid).")
    String adjudication;

    @Option(names = "--turns", paramLabel = "N", description = "Play N turns instead of the scenario's full length, "
            + "within what the scenario allows (./amur scenarios lists it).")
    Integer turns;

    @Option(names = "--table", paramLabel = "NAME", description = "A name for this table (\"Table 3\"), kept in the "
            + "save and shown on the screens, the report and the debrief.")
    String table;

    @Option(names = "--moscow-team", paramLabel = "NAME", description = "A name for the team playing Moscow.")
    String moscowTeam;

    @Option(names = "--beijing-team", paramLabel = "NAME", description = "A name for the team playing Beijing.")
    String beijingTeam;

    @Option(names = "--timer", paramLabel = "SECONDS", description = "Give each person this many seconds a turn; "
            + "the time left is shown, and at zero --when-time-runs-out decides (default: no timer).")
    Integer timer;

    @Option(names = "--when-time-runs-out", paramLabel = "keep|BOT", description = "With --timer: 'keep' commits "
            + "the highlighted choice (the default), a bot's name lets that bot choose for the seat.")
    String whenTimeRunsOut;

    @Option(names = "--plain", description = "Play in plain text instead of the game screen.")
    boolean plain;

    @Option(names = "--mono", description = "No colour on the game screen (also when NO_COLOR is set).")
    boolean mono;

    /** The seat names picocli lists in the help. */
    static final class SeatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Seats.specs().iterator();
        }
    }

    /** Where choices are read from; tests replace it. */
    static BufferedReader input;

    /** Where plain games autosave; tests point it at a temporary folder. */
    static java.util.function.Supplier<SaveStore> saveStore = SaveStore::forInstallation;

    /** Where the plain game's turn timer reads the time; tests set their own. */
    static java.time.InstantSource clock = java.time.InstantSource.system();

    /** The longest turn timer: a day. */
    private static final int MAX_TIMER = 86_400;

    /** The turn timer asked for, or null (none, or after telling {@code err} in one sentence why not). */
    private TurnTimer turnTimer(PrintWriter err, boolean[] bad) {
        String refusal = null;
        Match.TimeUp whenUp = new Match.TimeUp.KeepHighlighted();
        if (timer == null && whenTimeRunsOut != null) {
            refusal = PlainGame.TEXT.get("refuse.when_without_timer");
        } else if (timer != null && (timer < 1 || timer > MAX_TIMER)) {
            refusal = PlainGame.TEXT.format("refuse.timer_range", String.valueOf(MAX_TIMER), String.valueOf(timer));
        } else if (whenTimeRunsOut != null && !whenTimeRunsOut.equalsIgnoreCase("keep")) {
            if (!Seats.isBot(whenTimeRunsOut)) {
                String guess = Seats.closest(whenTimeRunsOut);
                String bots = String.join(", ", Seats.specs().stream().filter(Seats::isBot).toList());
                String typed = TextRules.sanitize(whenTimeRunsOut, false);
                refusal = guess == null || !Seats.isBot(guess) ? PlainGame.TEXT.format("refuse.when", bots, typed)
                        : PlainGame.TEXT.format("refuse.when_guess", bots, typed, guess);
            } else {
                whenUp = new Match.TimeUp.BotChooses(Seats.canonical(whenTimeRunsOut));
            }
        }
        if (refusal != null) {
            err.println("amur: " + refusal);
            err.flush();
            bad[0] = true;
            return null;
        }
        return timer == null ? null : new TurnTimer(java.time.Duration.ofSeconds(timer), whenUp);
    }


    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String who : List.of(moscow, beijing)) {
            if (!Seats.valid(who)) {
                String guess = Seats.closest(who);
                err.println("amur: a seat is played by " + String.join(", ", Seats.specs().stream()
                        .map(n -> "'" + n + "'").toList()) + ", not '" + TextRules.sanitize(who, false) + "'"
                        + (guess == null ? "." : "; did you mean '" + guess + "'?"));
                return 2;
            }
        }
        boolean[] badTimer = {false};
        TurnTimer turnTimer = turnTimer(err, badTimer);
        if (badTimer[0]) {
            return 2;
        }
        org.amur.save.SaveMeta.Facilitator white = null;
        if (facilitator != null || adjudication != null) {
            String refusal = null;
            org.amur.save.SaveMeta.Adjudication a = org.amur.save.SaveMeta.Adjudication.SEMI_RIGID;
            if (facilitator == null) {
                refusal = "--adjudication is for a game with a facilitator; add --facilitator.";
            } else if (!facilitator.equals("open") && !facilitator.equals("closed")) {
                refusal = "--facilitator takes 'closed' or 'open', not '" + TextRules.sanitize(facilitator, false)
                        + "'.";
            } else if (adjudication != null) {
                var parsed = org.amur.save.SaveMeta.Adjudication.byId(adjudication);
                if (parsed.isEmpty()) {
                    refusal = "--adjudication takes rigid, semi-rigid or free, not '"
                            + TextRules.sanitize(adjudication, false) + "'.";
                } else {
                    a = parsed.get();
                }
            }
            if (refusal == null && plain) {
                refusal = "the facilitator's console needs the game screen; leave out --plain.";
            }
            if (refusal != null) {
                err.println("amur: " + refusal);
                err.flush();
                return 2;
            }
            white = new org.amur.save.SaveMeta.Facilitator("open".equals(facilitator), a);
        }
        org.amur.save.Names names = GameOptions.names(table, moscowTeam, beijingTeam, err);
        if (names == null) {
            return 2;
        }
        LoadedScenario loaded = Scenarios.loadOrReport(scenario, err);
        if (loaded == null) {
            return 2;
        }
        loaded = GameOptions.length(loaded, turns, err);
        if (loaded == null) {
            return 2;
        }
        if (!plain) {
            if (!Main.terminal.getAsBoolean()) {
                err.println(Tui.notATerminal());
                err.flush();
                return 2;
            }
            return Tui.launch(new Tui.Options(scenario, seed, moscow, beijing, mono, false, white, turns, names,
                    turnTimer), out, err);
        }
        BufferedReader in = input != null ? input
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        long s = seed != null ? seed : new SecureRandom().nextInt(1_000_000);
        // at a real keyboard the hot seat's screen is wiped between sides and each reveal waits for Enter
        boolean interactive = input == null && System.console() != null;
        return new PlainGame(new PlainGame.Setup(loaded, s, moscow, beijing, names,
                turnTimer == null ? null : turnTimer.perTurn(), turnTimer == null ? null : turnTimer.whenUp(), clock),
                saveStore.get(), in, out, interactive).play();
    }
}
