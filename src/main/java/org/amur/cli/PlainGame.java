package org.amur.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private static final TextBundle TEXT = TextBundle.load(PlainGame.class, "plain.properties");

    /** What the game is: the scenario at its length, the dice's seed, who plays each seat, the names. */
    record Setup(LoadedScenario scenario, long seed, String moscow, String beijing, Names names) {
    }

    private final Setup setup;
    private final SaveStore saves;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;

    /**
     * A plain game reading choices from {@code in} and writing to {@code out}; {@code interactive}
     * (a person at a real keyboard) wipes the screen between hot seats and stops after each reveal.
     */
    PlainGame(Setup setup, SaveStore saves, BufferedReader in, PrintWriter out, boolean interactive) {
        this.setup = setup;
        this.saves = saves;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    /** Plays the game to its end, or until the players leave; returns the exit code. */
    int play() throws IOException {
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
        Path saveFile = saves.newAutosaveFile(session, meta);
        out.println(names.table().isEmpty() ? loaded.info().title()
                : TEXT.format("title.table", loaded.info().title(), names.table()));
        out.println(GameOptions.lengthLine(loaded));
        out.println(TEXT.format("seed", String.valueOf(s), GameOptions.againArguments(loaded, saveFile), moscow,
                beijing));
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
        ArrayDeque<Runnable> tasks = new ArrayDeque<>();
        Match match = Match.of(session,
                moscowBot != null ? new Match.Seat.Machine(moscowBot) : new Match.Seat.Person(),
                beijingBot != null ? new Match.Seat.Machine(beijingBot) : new Match.Seat.Person(),
                Match.Options.autosaving(g -> saves.autosave(saveFile, g, meta)));
        match.addListener(audience, new Match.Listener() {
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
            drain(tasks);
            for (Side side : Side.values()) {
                while (match.isPerson(side) && !match.hasChosen(side) && !session.state().isOver()) {
                    GameState state = session.state();
                    if (hotSeat) {
                        if (interactive && side == Side.BEIJING) {
                            // Moscow's choice and reason are on the screen and in the scrollback: wipe both
                            // (clear screen, clear scrollback) before Beijing sits down
                            out.print("\u001b[H\u001b[2J\u001b[3J");
                            out.println(TEXT.format("pass.enter", side.displayName()));
                            out.flush();
                            if (in.readLine() == null) {
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
                    Optional<String> refused = match.commit(side, c.variant(), c.rationale());
                    refused.ifPresent(why -> out.println(TEXT.format("refused", why)));
                    drain(tasks);
                }
            }
            if (session.state().isOver()) {
                out.println();
                out.println(autosave(session, saveFile, meta));
            } else if (pauseAfterReveal) {
                out.print(TEXT.get("next_turn"));
                out.flush();
                if (in.readLine() == null) {
                    return 0;
                }
            }
        }
        out.flush();
        return 0;
    }

    private int leave(GameState state, Session session, Path saveFile, SaveMeta meta) {
        out.println(TEXT.format("left", String.valueOf(state.turn()), autosave(session, saveFile, meta)));
        out.flush();
        return 0;
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
            return TEXT.format(session.state().isOver() ? "saved.over" : "saved.going", name);
        } catch (SaveException e) {
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
            out.print(TEXT.format("choose", side.displayName(), count));
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
                continue;
            }
            out.print(TEXT.get("why"));
            out.flush();
            String why = in.readLine();
            return new Choice(v, why == null ? "" : why);
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
