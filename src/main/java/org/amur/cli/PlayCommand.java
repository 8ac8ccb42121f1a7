package org.amur.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amur.ai.Bot;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Narration;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.TextRules;
import org.amur.session.Match;
import org.amur.session.Session;
import org.amur.tui.Seats;
import org.amur.tui.Tui;
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

    @Option(names = "--beijing", paramLabel = "human|BOT", defaultValue = "random",
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

    private PrintWriter out;
    private BufferedReader in;

    /** The plain game's claim on its autosave, given up when the command ends. */
    private org.amur.save.SaveLock lock;

    @Override
    public Integer call() throws IOException {
        try {
            return play();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private Integer play() throws IOException {
        out = spec.commandLine().getOut();
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
        boolean moscowHuman = moscow.equals("human");
        boolean beijingHuman = beijing.equals("human");
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
            return Tui.launch(new Tui.Options(scenario, seed, moscow, beijing, mono, false, white, turns, names), out,
                    err);
        }
        in = input != null ? input : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        long s = seed != null ? seed : new SecureRandom().nextInt(1_000_000);
        Engine engine = new Engine(loaded.scenario());
        Bot moscowBot = Seats.isBot(moscow) ? Seats.bot(moscow, engine, Side.MOSCOW, Match.botSeed(s, Side.MOSCOW, 1))
                : null;
        Bot beijingBot = Seats.isBot(beijing) ? Seats.bot(beijing, engine, Side.BEIJING,
                Match.botSeed(s, Side.BEIJING, 1)) : null;

        Session session = Session.start(loaded, s);
        SaveStore saves = saveStore.get();
        SaveMeta meta = new SaveMeta(Seats.canonical(moscow), Seats.canonical(beijing)).withNames(names);
        // the game's own autosave, claimed so that no other game (here or in another copy of Amur) writes it
        lock = saves.claimNewAutosave(session, meta);
        java.nio.file.Path saveFile = lock != null ? lock.file() : saves.newAutosaveFile(session, meta);
        out.println(loaded.info().title() + (names.table().isEmpty() ? "" : " - " + names.table()));
        out.println(GameOptions.lengthLine(loaded));
        out.println("Seed " + s + " (play it again with: ./amur play --plain "
                + GameOptions.againArguments(loaded, saveFile) + " --seed " + s
                + " --moscow " + moscow + " --beijing " + beijing + ")");
        boolean hotSeat = moscowHuman && beijingHuman;
        if (!hotSeat) {
            Side human = moscowHuman ? Side.MOSCOW : beijingHuman ? Side.BEIJING : null;
            if (human != null) {
                out.println();
                out.println("Your briefing (" + human.displayName() + "):");
                wrap(human == Side.MOSCOW ? loaded.info().briefing().moscow() : loaded.info().briefing().beijing());
            }
        }
        // At a real keyboard, stop after each reveal so the year's log does not scroll past the next menu.
        boolean interactive = input == null && System.console() != null;
        boolean pauseAfterReveal = interactive && (moscowHuman || beijingHuman);
        // What the people at this screen may read: one human seat sees its own secrets, a hot seat or
        // two bots only what both may know.
        Audience audience = hotSeat || (!moscowHuman && !beijingHuman) ? Audience.PUBLIC
                : Audience.of(moscowHuman ? Side.MOSCOW : Side.BEIJING);
        print(audience.redact(session.events()), loaded);
        // The one match loop, run on this thread: the match's tasks and the bots' work queue up here and
        // run when drained, so the plain game stays one prompt at a time.
        java.util.ArrayDeque<Runnable> tasks = new java.util.ArrayDeque<>();
        Match match = Match.of(session,
                moscowBot != null ? new Match.Seat.Machine(moscowBot) : new Match.Seat.Person(),
                beijingBot != null ? new Match.Seat.Machine(beijingBot) : new Match.Seat.Person(),
                Match.Options.autosaving(g -> saves.autosave(saveFile, g, meta)));
        LoadedScenario played = loaded;
        match.addListener(audience, new Match.Listener() {
            @Override
            public void stepped(List<Event> events) {
                for (Event e : events) {
                    if (e instanceof Event.ChoicesRevealed) {
                        print(events, played);
                        return;
                    }
                }
            }
        });
        match.start(tasks::add, tasks::add);
        while (!session.state().isOver()) {
            match.startTurn();
            drain(tasks);
            for (Side side : Side.values()) {
                while (match.isPerson(side) && !match.hasChosen(side) && !session.state().isOver()) {
                    GameState state = session.state();
                    if (hotSeat) {
                        if (interactive && side == Side.BEIJING) {
                            // Moscow's choice and reason are on the screen and in the scrollback: wipe both
                            // (clear screen, clear scrollback) before Beijing sits down
                            out.print("\u001b[H\u001b[2J\u001b[3J");
                            out.println("---- Pass the keyboard to Beijing, then press Enter ----");
                            out.flush();
                            if (in.readLine() == null) {
                                out.println("Game left at turn " + state.turn() + ". "
                                        + autosave(saves, saveFile, session, meta, true));
                                out.flush();
                                return 0;
                            }
                        } else {
                            out.println();
                            out.println("---- Pass the keyboard to " + side.displayName() + " ----");
                        }
                    }
                    Action.Commit c = ask(engine, state, side);
                    if (c == null) {
                        out.println("Game left at turn " + state.turn() + ". " + autosave(saves, saveFile, session, meta, true));
                        out.flush();
                        return 0;
                    }
                    Optional<String> refused = match.commit(side, Variant.byId(c.variantId()).orElseThrow(),
                            c.rationale());
                    refused.ifPresent(why -> out.println("Not allowed: " + why));
                    drain(tasks);
                }
            }
            if (session.state().isOver()) {
                out.println();
                out.println(autosave(saves, saveFile, session, meta, true));
            } else if (pauseAfterReveal) {
                out.print("-- Enter for the next turn (scroll up to read the whole year) --");
                out.flush();
                if (in.readLine() == null) {
                    return 0;
                }
            }
        }
        out.flush();
        return 0;
    }

    /** Runs the match's queued tasks (and the bots' work) until none is left. */
    private static void drain(java.util.ArrayDeque<Runnable> tasks) {
        for (Runnable r; (r = tasks.poll()) != null; ) {
            r.run();
        }
    }

    /**
     * Autosaves after a resolved turn and on quitting, like the game screen; returns what to tell the
     * player (where the game is and how to go on or read it), or why it could not be saved.
     */
    private static String autosave(SaveStore saves, java.nio.file.Path saveFile, Session session, SaveMeta meta,
                                   boolean tell) {
        try {
            java.nio.file.Path file = saves.autosave(saveFile, session, meta);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return !tell ? "" : session.state().isOver()
                    ? "Saved as " + name + "; read it with ./amur replay " + name + " or ./amur report " + name + "."
                    : "Saved as " + name + "; continue it with ./amur (Continue), or read it with ./amur replay " + name
                            + ".";
        } catch (SaveException e) {
            return e.getMessage();
        }
    }

    private Action.Commit ask(Engine engine, GameState state, Side side) throws IOException {
        SeatView view = engine.view(state, side);
        out.println();
        out.println(side.displayName() + " - turn " + view.turn() + " of " + view.lastTurn() + " (" + view.year()
                + "), your score " + Narration.signed(view.ownScore(), 1));
        dashboard(view);
        List<Variant> legal = view.legalChoices();
        Line current = null;
        for (int i = 0; i < legal.size(); i++) {
            Variant v = legal.get(i);
            if (v.line() != current) {
                current = v.line();
                out.println("  " + current.title() + ":");
            }
            out.printf("   %2d. %s %s%n", i + 1, cap(v.role(side)), Text.title(v));
        }
        while (true) {
            out.print(side.displayName() + ", choose 1-" + legal.size() + " (?N explains a choice, q quits): ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return null;
            }
            line = line.strip();
            boolean explain = line.startsWith("?");
            int n;
            try {
                n = Integer.parseInt(explain ? line.substring(1).strip() : line);
            } catch (NumberFormatException e) {
                out.println("Type a number from 1 to " + legal.size() + ".");
                continue;
            }
            if (n < 1 || n > legal.size()) {
                out.println("Type a number from 1 to " + legal.size() + ".");
                continue;
            }
            Variant v = legal.get(n - 1);
            if (explain) {
                out.println(Text.title(v) + " [" + v.id() + "], " + v.citation());
                wrap(Text.summary(v));
                continue;
            }
            out.print("Why? One line for the debrief (Enter to skip): ");
            out.flush();
            String why = in.readLine();
            why = why == null ? "" : TextRules.sanitize(why.strip(), false);
            if (why.length() > Engine.MAX_RATIONALE) {
                why = why.substring(0, Engine.MAX_RATIONALE);
            }
            return new Action.Commit(side, v.id(), why);
        }
    }

    private void dashboard(SeatView view) {
        Indicator.Group group = null;
        StringBuilder row = new StringBuilder();
        for (Indicator i : Indicator.values()) {
            if (!view.values().containsKey(i) || i == Indicator.RU_SCORE || i == Indicator.CN_SCORE) {
                continue;
            }
            if (i.group() != group) {
                flush(row);
                group = i.group();
                out.println("  " + cap(group.name().toLowerCase(Locale.ROOT)) + ":");
            }
            String cell = String.format(Locale.ROOT, "%s %s", Text.label(i), Narration.number(view.get(i), 1));
            if (row.length() + cell.length() + 3 > 76) {
                flush(row);
            }
            row.append(row.length() == 0 ? "    " : " | ").append(cell);
        }
        flush(row);
    }

    private void flush(StringBuilder row) {
        if (row.length() > 0) {
            out.println(row);
            row.setLength(0);
        }
    }

    private void print(List<Event> events, LoadedScenario loaded) {
        for (Event e : events) {
            for (String line : Narration.lines(e)) {
                out.println(TextRules.sanitize(line, false));
            }
            if (e instanceof Event.CardDrawn c) {
                String text = loaded.info().cardTexts().get(c.cardId());
                if (text != null) {
                    wrap("  " + text);
                }
            }
        }
        out.flush();
    }

    private void wrap(String text) {
        StringBuilder line = new StringBuilder();
        for (String word : TextRules.sanitize(text, false).split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 78) {
                out.println(line);
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            out.println(line);
        }
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
