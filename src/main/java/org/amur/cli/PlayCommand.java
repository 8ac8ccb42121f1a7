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
@Command(name = "play", mixinStandardHelpOptions = true)
final class PlayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE", defaultValue = ScenarioLoader.DEFAULT_ID)
    String scenario;

    @Option(names = "--seed", paramLabel = "N")
    Long seed;

    @Option(names = "--moscow", paramLabel = "human|BOT", defaultValue = "human",
            completionCandidates = SeatNames.class)
    String moscow;

    @Option(names = "--beijing", paramLabel = "human|BOT", defaultValue = Seats.OPPONENT,
            completionCandidates = SeatNames.class)
    String beijing;

    @Option(names = "--facilitator", arity = "0..1", fallbackValue = "closed", paramLabel = "closed|open")
    String facilitator;

    @Option(names = "--adjudication", paramLabel = "rigid|semi-rigid|free")
    String adjudication;

    @Option(names = "--turns", paramLabel = "N")
    Integer turns;

    @Option(names = "--table", paramLabel = "NAME")
    String table;

    @Option(names = "--moscow-team", paramLabel = "NAME")
    String moscowTeam;

    @Option(names = "--beijing-team", paramLabel = "NAME")
    String beijingTeam;

    @Option(names = "--timer", paramLabel = "SECONDS")
    Integer timer;

    @Option(names = "--when-time-runs-out", paramLabel = "keep|BOT")
    String whenTimeRunsOut;

    @Option(names = "--plain")
    boolean plain;

    @Option(names = "--patient-bots")
    boolean patientBots;

    @Option(names = "--mono")
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
                String seats = String.join(", ", Seats.specs().stream().map(n -> "'" + n + "'").toList());
                String typed = TextRules.sanitize(who, false);
                err.println("amur: " + (guess == null ? CliText.t("seat.unknown", seats, typed)
                        : CliText.t("seat.unknown_guess", seats, typed, guess)));
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
                refusal = CliText.t("facilitator.adjudication_alone");
            } else if (!facilitator.equals("open") && !facilitator.equals("closed")) {
                refusal = CliText.t("facilitator.mode", TextRules.sanitize(facilitator, false));
            } else if (adjudication != null) {
                var parsed = org.amur.save.SaveMeta.Adjudication.byId(adjudication);
                if (parsed.isEmpty()) {
                    refusal = CliText.t("facilitator.adjudication", TextRules.sanitize(adjudication, false));
                } else {
                    a = parsed.get();
                }
            }
            if (refusal == null && !plain && Main.terminal.getAsBoolean() && Main.dumbTerminal()) {
                refusal = PlainGame.TEXT.format("dumb_facilitator", Main.termName());
            }
            if (refusal == null && plain) {
                refusal = CliText.t("facilitator.plain");
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
        if (!plain && Main.terminal.getAsBoolean() && Main.dumbTerminal()) {
            err.println(PlainGame.TEXT.format("dumb_terminal", Main.termName()));
            err.flush();
        } else if (!plain) {
            if (!Main.terminal.getAsBoolean()) {
                err.println(Tui.notATerminal());
                err.flush();
                return 2;
            }
            return Tui.launch(new Tui.Options(scenario, seed, moscow, beijing, mono, false, white, turns, names,
                    turnTimer, patientBots), out, err);
        }
        BufferedReader in = input != null ? input
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        long s = seed != null ? seed : new SecureRandom().nextInt(1_000_000);
        // at a real keyboard the hot seat's screen is wiped between sides and each reveal waits for Enter
        boolean interactive = input == null && System.console() != null;
        return new PlainGame(new PlainGame.Setup(loaded, s, moscow, beijing, names,
                turnTimer == null ? null : turnTimer.perTurn(), turnTimer == null ? null : turnTimer.whenUp(), clock,
                patientBots ? null : Match.PLAYER_PATIENCE),
                saveStore.get(), in, out, interactive).play();
    }
}
