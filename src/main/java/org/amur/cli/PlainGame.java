package org.amur.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.amur.ai.Bot;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Narration;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.TextBundle;
import org.amur.engine.Variant;
import org.amur.save.Names;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.TextRules;
import org.amur.session.Match;
import org.amur.session.Session;
import org.amur.tui.Seats;

/**
 * The plain game ({@code ./amur play --plain}): the one match loop ({@link Match}, in callback mode on
 * this thread) with one prompt per decision, in plain text. It works in any terminal and from a pipe
 * (type or pipe the choices), which also makes it the scriptable way to play.
 */
final class PlainGame {
    /** The words of {@code play} and the plain game. */
    static final TextBundle TEXT = TextBundle.load(PlainGame.class, "play.properties");

    /**
     * What the game is: the scenario at its length, the dice's seed, who plays each seat, the names, and
     * the turn timer ({@code timer} null: none; {@code clock} where it reads the time).
     */
    record Setup(LoadedScenario scenario, long seed, String moscow, String beijing, Names names, Duration timer,
                 Match.TimeUp timeUp, InstantSource clock, Duration botPatience) {
        Setup(LoadedScenario scenario, long seed, String moscow, String beijing, Names names) {
            this(scenario, seed, moscow, beijing, names, null, null, null, Match.PLAYER_PATIENCE);
        }
    }

    /** What {@link #ask} returns when the seat's time ran out (the match has chosen for it). */
    private static final Choice TIME_UP = new Choice(null, "");

    private final Setup setup;
    private final SaveStore saves;
    private final Lines in;
    private Match match;
    private ArrayDeque<Runnable> tasks;
    private final PrintWriter out;
    private final boolean interactive;

    /**
     * A plain game reading choices from {@code in} and writing to {@code out}; {@code interactive}
     * (a person at a real keyboard) wipes the screen between hot seats and stops after each reveal.
     */
    PlainGame(Setup setup, SaveStore saves, BufferedReader in, PrintWriter out, boolean interactive) {
        this.setup = setup;
        this.saves = saves;
        this.in = new Lines(in, setup.timer() != null);
        this.out = out;
        this.interactive = interactive;
    }

    /** The game's claim on its autosave ({@link org.amur.save.SaveLock}), given up when the game ends. */
    private org.amur.save.SaveLock lock;

    /** Plays the game to its end, or until the players leave; returns the exit code. */
    int play() throws IOException {
        try {
            return playOn();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private int playOn() throws IOException {
        LoadedScenario loaded = setup.scenario();
        long s = setup.seed();
        String moscow = setup.moscow();
        String beijing = setup.beijing();
        Names names = setup.names();
        boolean moscowHuman = moscow.equals(Seats.HUMAN);
        boolean beijingHuman = beijing.equals(Seats.HUMAN);
        Engine engine = new Engine(loaded.scenario());
        Bot moscowBot = Seats.isBot(moscow) ? Seats.bot(moscow, engine, Side.MOSCOW, Match.botSeed(s, Side.MOSCOW, 1))
                : null;
        Bot beijingBot = Seats.isBot(beijing) ? Seats.bot(beijing, engine, Side.BEIJING,
                Match.botSeed(s, Side.BEIJING, 1)) : null;

        Session session = Session.start(loaded, s);
        SaveMeta meta = new SaveMeta(Seats.canonical(moscow), Seats.canonical(beijing)).withNames(names);
        // the game's own autosave, claimed so that no other game (here or in another copy of Amur) writes it
        lock = saves.claimNewAutosave(session, meta);
        Path saveFile = lock != null ? lock.file() : saves.newAutosaveFile(session, meta);
        out.println(names.table().isEmpty() ? loaded.info().title()
                : TEXT.format("title.table", loaded.info().title(), names.table()));
        out.println(GameOptions.lengthLine(loaded));
        out.println(TEXT.format("seed", String.valueOf(s), GameOptions.againArguments(loaded, saveFile), moscow,
                beijing) + timerArguments());
        if (setup.timer() != null) {
            out.println(TEXT.format(setup.timeUp() instanceof Match.TimeUp.BotChooses b ? "timer.bot" : "timer.keep",
                    clock(setup.timer()), setup.timeUp() instanceof Match.TimeUp.BotChooses b2 ? b2.spec() : ""));
        }
        boolean hotSeat = moscowHuman && beijingHuman;
        if (!hotSeat) {
            Side human = moscowHuman ? Side.MOSCOW : beijingHuman ? Side.BEIJING : null;
            if (human != null) {
                out.println();
                out.println(TEXT.format("briefing", human.displayName()));
                wrap(human == Side.MOSCOW ? loaded.info().briefing().moscow() : loaded.info().briefing().beijing());
            }
        }
        // At a real keyboard, stop after each reveal so the year's log does not scroll past the next menu.
        boolean pauseAfterReveal = interactive && (moscowHuman || beijingHuman);
        // What the people at this screen may read: one human seat sees its own secrets, a hot seat or
        // two bots only what both may know.
        Audience audience = hotSeat || (!moscowHuman && !beijingHuman) ? Audience.PUBLIC
                : Audience.of(moscowHuman ? Side.MOSCOW : Side.BEIJING);
        print(audience.redact(session.events()));
        // The one match loop, run on this thread: the match's tasks and the bots' work queue up here and
        // run when drained, so the plain game stays one prompt at a time.
        tasks = new ArrayDeque<>();
        // a bot that keeps the players waiting answers with what it has searched (its reason says so)
        Match.Options options = Match.Options.autosaving(g -> saves.autosave(saveFile, g, meta))
                .withPatience(setup.botPatience());
        if (setup.timer() != null) {
            options = options.withTimer(setup.timer(), setup.timeUp()).withClock(setup.clock());
        }
        match = Match.of(session,
                moscowBot != null ? new Match.Seat.Machine(moscowBot) : new Match.Seat.Person(),
                beijingBot != null ? new Match.Seat.Machine(beijingBot) : new Match.Seat.Person(),
                options);
        match.addListener(audience, new Match.Listener() {
            @Override
            public void timer(Side side, Duration left) {
                if (left.isZero()) {
                    out.println();
                    out.println(TEXT.format("time_up", side.displayName()));
                }
            }

            @Override
            public void problem(String sentence) {
                // a failed save is said at once, every time it fails
                out.println();
                out.println(TEXT.format("not_saved", sentence));
                out.flush();
            }

            @Override
            public void stepped(List<Event> events) {
                for (Event e : events) {
                    if (e instanceof Event.ChoicesRevealed) {
                        print(events);
                        return;
                    }
                }
            }
        });
        match.start(tasks::add, tasks::add);
        while (!session.state().isOver()) {
            match.startTurn();
            match.peopleWaiting(); // the bots decide here, before anyone is asked: the people wait for them
            drain(tasks);
            int turn = session.state().turn();
            for (Side side : Side.values()) {
                // this turn only: the next one starts at the top of the loop (the bots think, the clocks run)
                while (match.isPerson(side) && !match.hasChosen(side) && !session.state().isOver()
                        && session.state().turn() == turn) {
                    GameState state = session.state();
                    if (hotSeat) {
                        if (interactive && side == Side.BEIJING) {
                            // Moscow's choice and reason are on the screen and in the scrollback: wipe both
                            // (clear screen, clear scrollback) before Beijing sits down
                            out.print("\u001b[H\u001b[2J\u001b[3J");
                            out.println(TEXT.format("pass.enter", side.displayName()));
                            out.flush();
                            if (in.read() == null) {
                                return leave(state, session, saveFile, meta);
                            }
                        } else {
                            out.println();
                            out.println(TEXT.format("pass", side.displayName()));
                        }
                    }
                    Choice c = ask(engine, state, side);
                    if (c == null) {
                        return leave(state, session, saveFile, meta);
                    }
                    if (c == TIME_UP) {
                        drain(tasks); // said when the clock reached zero (Listener.timer), before the reveal
                        continue;
                    }
                    Optional<String> refused = match.commit(side, c.variant(), c.rationale());
                    refused.ifPresent(why -> out.println(TEXT.format("refused", why)));
                    drain(tasks);
                }
            }
            if (session.state().isOver()) {
                // the result against par, as replay and the end screen give it, not only the raw scores
                Text.standingLines(engine, session.state(), true).forEach(out::println);
                out.println();
                out.println(autosave(session, saveFile, meta));
                offerElsewhere(session, saveFile, meta);
            } else if (pauseAfterReveal) {
                out.print(TEXT.get("next_turn"));
                out.flush();
                if (in.read() == null) {
                    return 0;
                }
            }
        }
        out.flush();
        return 0;
    }

    private int leave(GameState state, Session session, Path saveFile, SaveMeta meta) throws IOException {
        out.println(TEXT.format("left", String.valueOf(state.turn()), autosave(session, saveFile, meta)));
        offerElsewhere(session, saveFile, meta);
        out.flush();
        return 0;
    }

    /** True when the game's last save attempt (on leaving, or at the end) failed. */
    private boolean unsaved;

    /**
     * When the game could not be saved in its folder, offers another place before the player goes: a
     * path typed is saved there (nothing written over), Enter or the end of input leaves without.
     */
    private void offerElsewhere(Session session, Path saveFile, SaveMeta meta) throws IOException {
        while (unsaved) {
            out.print(TEXT.get("elsewhere.ask"));
            out.flush();
            String line = in.read();
            if (line == null || line.isBlank()) {
                out.println();
                out.println(TEXT.get("elsewhere.left"));
                return;
            }
            try {
                Path file = saves.saveElsewhere(session, line, meta);
                out.println(TEXT.format("elsewhere.saved", org.amur.files.Names.shown(file.toString())));
                unsaved = false;
            } catch (SaveException e) {
                out.println(e.getMessage());
            }
        }
    }

    /** Runs the match's queued tasks (and the bots' work) until none is left. */
    private static void drain(ArrayDeque<Runnable> tasks) {
        for (Runnable r; (r = tasks.poll()) != null; ) {
            r.run();
        }
    }

    /**
     * Autosaves after the last turn and on quitting, like the game screen; returns what to tell the
     * player (where the game is and how to go on or read it), or why it could not be saved.
     */
    private String autosave(Session session, Path saveFile, SaveMeta meta) {
        try {
            Path file = saves.autosave(saveFile, session, meta);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            unsaved = false;
            return TEXT.format(session.state().isOver() ? "saved.over" : "saved.going", name);
        } catch (SaveException e) {
            unsaved = true;
            return e.getMessage();
        }
    }

    /** A person's choice and reason. */
    private record Choice(Variant variant, String rationale) {
    }

    private Choice ask(Engine engine, GameState state, Side side) throws IOException {
        SeatView view = engine.view(state, side);
        out.println();
        out.println(TEXT.format("seat.header", side.displayName(), String.valueOf(view.turn()),
                String.valueOf(view.lastTurn()), String.valueOf(view.year()), Narration.signed(view.ownScore(), 1)));
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
        String count = String.valueOf(legal.size());
        while (true) {
            out.print(timed(TEXT.format("choose", side.displayName(), count), side));
            out.flush();
            String line = readFor(side);
            if (line == TIMED_OUT) {
                return TIME_UP;
            }
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return null;
            }
            line = line.strip();
            boolean explain = line.startsWith("?");
            int n;
            try {
                n = Integer.parseInt(explain ? line.substring(1).strip() : line);
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > legal.size()) {
                out.println(TEXT.format("number", count));
                continue;
            }
            Variant v = legal.get(n - 1);
            if (explain) {
                out.println(Text.title(v) + " [" + v.id() + "], " + v.citation());
                wrap(Text.summary(v));
                match.highlight(side, v); // what a turn timer commits at zero
                continue;
            }
            match.highlight(side, v);
            out.print(timed(TEXT.get("why"), side));
            out.flush();
            String why = readFor(side);
            if (why == TIMED_OUT) {
                return TIME_UP;
            }
            if (why != null && why.strip().length() > org.amur.engine.Engine.MAX_RATIONALE) {
                out.println(TEXT.format("why.cut", org.amur.engine.Engine.MAX_RATIONALE));
            }
            return new Choice(v, why == null ? "" : why);
        }
    }

    /** What {@link #readFor} returns when the seat's time ran out first. */
    private static final String TIMED_OUT = new String("time up");

    /**
     * The player's next line for {@code side}'s prompt: null at the end of input, {@link #TIMED_OUT}
     * once the seat's time has run out (the match has then chosen for it, and a line that came too
     * late is dropped).
     */
    private String readFor(Side side) throws IOException {
        if (setup.timer() == null) {
            return in.read();
        }
        while (true) {
            match.tick();
            drain(tasks);
            Optional<Duration> left = match.timeLeft(side);
            if (match.hasChosen(side) || left.isEmpty()) {
                return TIMED_OUT;
            }
            Optional<String> got = in.read(left.get());
            if (got == null) {
                continue; // the time is up by the wall clock: the next tick applies the rule
            }
            match.tick();
            drain(tasks);
            if (match.hasChosen(side)) {
                return TIMED_OUT;
            }
            return got.orElse(null);
        }
    }

    /** A prompt with the time left said before its colon, when the game has a timer. */
    private String timed(String prompt, Side side) {
        if (setup.timer() == null) {
            return prompt;
        }
        Optional<Duration> left = match.timeLeft(side);
        if (left.isEmpty()) {
            return prompt;
        }
        String p = prompt.stripTrailing();
        String time = TEXT.format("time_left", clock(left.get()));
        return p.endsWith(":") ? p.substring(0, p.length() - 1) + " " + time + ": " : p + " " + time + " ";
    }

    /** "1:05": whole seconds, rounded up, so 0:00 means the time is up. */
    private static String clock(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return s / 60 + ":" + (s % 60 < 10 ? "0" : "") + s % 60;
    }

    /** What follows the play-again command for the timer: {@code --timer N}, and the rule if a bot's. */
    private String timerArguments() {
        if (setup.timer() == null) {
            return "";
        }
        return " --timer " + setup.timer().toSeconds() + (setup.timeUp() instanceof Match.TimeUp.BotChooses b
                ? " --when-time-runs-out " + b.spec() : "");
    }

    /**
     * The player's lines. Without a timer they are read as they are needed; with one, a daemon thread
     * reads one line at a time when asked (never ahead, so a line is read only for a prompt), so a
     * prompt can stop waiting when the seat's time runs out.
     */
    private static final class Lines {
        private final BufferedReader in;
        private final boolean threaded;
        private final Semaphore wanted = new Semaphore(0);
        private final BlockingQueue<Optional<String>> got = new LinkedBlockingQueue<>();
        private boolean asked;
        private Thread reader;

        Lines(BufferedReader in, boolean threaded) {
            this.in = in;
            this.threaded = threaded;
        }

        /**
         * The next line, or null at the end of input. Input that fails (the terminal hung up: a read of
         * a closed terminal fails with an I/O error) ends it too, so the game leaves as at the end of a
         * file, saved, instead of reporting an error inside Amur to a terminal that is gone.
         */
        String read() {
            if (!threaded) {
                try {
                    return in.readLine();
                } catch (IOException e) {
                    return null;
                }
            }
            Optional<String> l = read(null);
            return l == null ? null : l.orElse(null);
        }

        /** The next line (empty at the end of input), or null if none came within {@code timeout}. */
        Optional<String> read(Duration timeout) {
            if (reader == null) {
                reader = new Thread(this::pump, "amur-plain-input");
                reader.setDaemon(true);
                reader.start();
            }
            if (!asked) {
                asked = true;
                wanted.release();
            }
            Optional<String> l;
            try {
                l = timeout == null ? got.take() : got.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            if (l != null) {
                asked = false;
            }
            return l;
        }

        private void pump() {
            try {
                while (true) {
                    wanted.acquire();
                    String l;
                    try {
                        l = in.readLine();
                    } catch (IOException e) {
                        l = null;
                    }
                    got.add(Optional.ofNullable(l));
                    if (l == null) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

    private void print(List<Event> events) {
        for (Event e : events) {
            for (String line : Narration.lines(e)) {
                out.println(TextRules.sanitize(line, false));
            }
            if (e instanceof Event.CardDrawn c) {
                String text = setup.scenario().info().cardTexts().get(c.cardId());
                if (text != null) {
                    wrap("  " + text);
                }
            }
        }
        out.flush();
    }

    private void wrap(String text) {
        for (String line : org.amur.text.Columns.wrap(TextRules.sanitize(text, false), 78)) {
            out.println(line);
        }
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
