package org.amur.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amur.ai.SearchBot;
import org.amur.ai.Warmup;
import org.amur.engine.Event;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioInfo;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * One game on screen: the flow between screens around a {@link Match} (the one match loop, in
 * callback mode with the UI thread as its match thread). Humans commit through the turn screen;
 * the match runs the bots on the worker, saves, and tells this game of every step. The parts live
 * beside it: who sits where ({@link Seating}), the facilitator ({@link WhiteCell}), the save files
 * ({@link Saving}) and bot-against-bot play by itself ({@link AutoPlay}).
 * In a hot seat, after the first side commits, a blank hand-over screen stands between the two
 * sides, and nothing shows what was chosen until both are in. Only touched on the UI thread.
 */
final class Game {

    /** What a seat's turn screen remembers between frames: the line and variant highlighted, the rationale. */
    static final class SeatUi {
        int line;
        final int[] index = new int[Line.values().length];
        final TextField rationale = new TextField(org.amur.engine.Engine.MAX_RATIONALE);
    }

    private final App app;
    private final Session session;
    private final SaveMeta meta;
    private final Seating seating;
    /** The "Not saved" message last shown, and whether a failure was said since the last save that worked. */
    private MessageView notSaved;
    private boolean notSavedSaid;
    private final Saving saving;
    private final Match match;
    private final WhiteCell whiteCell;
    private final AutoPlay autoPlay;
    private final TurnClock clock;
    private final Thinking thinking;
    private final SeatUi[] seatUi = {new SeatUi(), new SeatUi()};
    private Side handedTo;
    private boolean closed;
    /** The search warm-up running while the introduction is read, or null. */
    private Warmup warmup;

    /**
     * A game on screen. {@code meta} is what every save of it records besides the log: the seats and,
     * for a branched game, its parent.
     */
    Game(App app, Session session, SaveMeta meta) {
        this(app, session, meta, null);
    }

    /**
     * A game that autosaves to {@code autosaveFile} (the autosave it was resumed from), or with null to
     * a file of its own chosen at its first save, so it never writes over another game's autosave.
     */
    Game(App app, Session session, SaveMeta meta, Path autosaveFile) {
        this(app, session, meta, autosaveFile, null);
    }

    /** Keeps the claim on its autosave that a resumed game was opened with ({@link Saves#open}). */
    void hold(org.amur.save.SaveLock lock) {
        saving.hold(lock);
    }

    /** A game with a turn timer ({@code timer} null: none), which reads the app's clock. */
    Game(App app, Session session, SaveMeta meta, Path autosaveFile, TurnTimer timer) {
        this.app = app;
        this.session = session;
        this.meta = meta;
        this.seating = new Seating(meta);
        this.saving = new Saving(app, session, meta, autosaveFile, timer);
        // a bot that keeps a person waiting answers with what it has searched, its reason saying so
        Match.Options options = Match.Options.autosaving(saving::autosave).withPatience(app.config().botPatience());
        if (timer != null) {
            options = options.withTimer(timer.perTurn(), timer.whenUp()).withClock(app.clock());
        }
        match = Match.of(session, seating.seat(Side.MOSCOW, app, session), seating.seat(Side.BEIJING, app, session),
                options);
        clock = new TurnClock(app, match);
        thinking = new Thinking(app, match);
        match.addListener(thinking);
        whiteCell = new WhiteCell(app, this, match, meta.facilitator());
        autoPlay = new AutoPlay(app, this::afterReveal);
        match.addListener(new Screens());
        // Bots begin a turn's decision while its reveal (or a new game's introduction) is read, where nothing
        // can change the state before the turn starts: no facilitator, and a person to start the turn.
        match.setThinkAhead(!whiteCell.facilitated() && (seating.human(Side.MOSCOW) || seating.human(Side.BEIJING)));
        match.start(app::post, app.config().botWorker()); // a resumed game's bots hear its history first
    }

    /** What the match tells the screens (on the UI thread). */
    private final class Screens implements Match.Listener {
        @Override
        public void stepped(List<Event> events) {
            if (closed) {
                return;
            }
            int resolvedTurn = -1;
            boolean byFacilitator = true;
            for (Event e : events) {
                if (e instanceof Event.ChoicesRevealed r) {
                    resolvedTurn = r.turn();
                }
                byFacilitator &= e instanceof Event.Injected || e instanceof Event.FacilitatorNote;
            }
            if (byFacilitator) {
                return; // the console stays as it is
            }
            if (events.size() == 1 && events.get(0) instanceof Event.ChoiceWithdrawn) {
                handedTo = null;
            }
            if (resolvedTurn < 0) {
                if (app.baseView() instanceof TurnView t && t.typingReason() && state().hasCommitted(t.side())) {
                    t.reasonDropped(); // the timer chose for the seat while its reason was typed: said, not lost
                }
                showNow();
                return;
            }
            handedTo = null;
            RevealView reveal = new RevealView(app, Game.this, resolvedTurn, events);
            if (app.baseView() instanceof TurnView t && t.typingReason()) {
                // the turn resolved while a person typed a reason (the timer chose for the seat): the half-typed
                // reason is not sent, nor kept for next turn's prompt, and the reveal says so
                seatUi(t.side()).rationale.clear();
                reveal.unsent(Ui.t("reveal.reason_not_sent", seating.name(t.side())));
            }
            app.replaceBase(reveal);
            if (seating.mode() == Seating.Mode.BOTS) {
                autoPlay.revealed(reveal);
            } else {
                autoPlay.cancel();
            }
        }

        @Override
        public void held(Side side, boolean waiting) {
            if (closed) {
                return;
            }
            whiteCell.heldChanged();
            showNow();
        }

        @Override
        public void saved(Path file) {
            saving.saved(file);
            notSavedSaid = false;
        }

        @Override
        public void problem(String sentence) {
            // a failed autosave is said at once, every time, over whatever is on screen, with a way out; never
            // stacked on the same message still open, and in a game of bots (turns go on without a key) said
            // once until a save works again
            boolean bots = !seating.human(Side.MOSCOW) && !seating.human(Side.BEIJING);
            if (!closed && !leaving && !sentence.isEmpty() && sentence.equals(match.saveProblem())
                    && !app.showing(notSaved) && !(bots && notSavedSaid)) {
                notSaved = new MessageView(app, Ui.t("save.failed_title"), sentence + "\n\n"
                        + Ui.t(bots ? "save.failed_offer_watch" : "save.failed_offer",
                                app.config().saves().directory()));
                notSavedSaid = true;
                app.push(notSaved);
            }
        }
    }

    // ------------------------------------------------------------------ read

    Session session() {
        return session;
    }

    /** The seats and parent recorded with every save of this game. */
    SaveMeta meta() {
        return meta;
    }

    Engine engine() {
        return session.engine();
    }

    GameState state() {
        return session.state();
    }

    ScenarioInfo info() {
        return session.scenario().info();
    }

    Glyphs glyphs() {
        return app.config().glyphs();
    }

    /** The match loop this screen plays through. */
    Match match() {
        return match;
    }

    /** Who sits where, and what the people at this screen may see. */
    Seating seating() {
        return seating;
    }

    /** The facilitator's part of the game (never facilitated in a game without one). */
    WhiteCell whiteCell() {
        return whiteCell;
    }

    /** This game's save files. */
    Saving saving() {
        return saving;
    }

    AutoPlay autoPlay() {
        return autoPlay;
    }

    /** The turn timer, when the game has one. */
    TurnClock clock() {
        return clock;
    }

    /** The thinking indicator of this game's bots. */
    Thinking thinking() {
        return thinking;
    }

    SeatUi seatUi(Side s) {
        return seatUi[s.ordinal()];
    }

    /** "Turn 2 of 4 2019" for the top bar, after the table's name when it has one. */
    String turnLabel() {
        String turn = Ui.t("turn.of", state().turn(), engine().scenario().turns(), state().year());
        String table = meta.names().table();
        return table.isEmpty() ? turn : table + " " + Ui.t("table.separator") + " " + turn;
    }

    /** The values a seat (or, with null, the public) may see now. */
    Map<Indicator, Double> visibleValues(Side seat) {
        if (seat != null) {
            return engine().view(state(), seat).values();
        }
        Map<Indicator, Double> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (seating.audience().sees(i)) {
                m.put(i, state().get(i));
            }
        }
        return m;
    }

    /** The event-card titles of the current turn (public). */
    List<Event.CardDrawn> cardsNow() {
        List<Event.CardDrawn> out = new ArrayList<>();
        GameState s = state();
        int turn = s.isOver() ? -1 : s.turn();
        if (turn < 1 || turn > session.resolvedTurns() + 1) {
            return out;
        }
        for (Event e : seating.audience().redact(session.eventsOfTurn(turn))) {
            if (e instanceof Event.CardDrawn c) {
                out.add(c);
            }
        }
        return out;
    }

    ScenarioInfo.Guidance guidance(int turn) {
        for (ScenarioInfo.Guidance g : info().guidance()) {
            if (g.turn() == turn) {
                return g;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ flow

    /** True while the save on leaving runs: its failure is asked about by the one leaving, not said twice. */
    private boolean leaving;

    /** Saves as the player leaves; returns the file, or null (and the match's save problem says why). */
    Path saveOnLeaving() {
        leaving = true;
        try {
            return match.autosave();
        } finally {
            leaving = false;
        }
    }

    /** A new game: the introduction, then turn 1. */
    void begin() {
        // A search bot's first decision from a cold JVM runs in the interpreter. Where the match thinks ahead, the
        // bots' own first decisions begin while the introduction is read (the same decisions, begun earlier);
        // elsewhere (a facilitated game, a game of bots) a throwaway bot warms the search, so no choice changes.
        app.stopContinueWarmup(); // this game's own position is the one to warm now
        app.show(new IntroView(app, this));
        match.thinkAhead(); // where it is on, the bots' real first decisions begin now (they warm the JIT too)
        for (Side side : Side.values()) {
            if (warmup == null && match.bot(side) instanceof SearchBot && !match.decidingAhead(side)) {
                warmup = Warmup.start(session.engine(), session.state(), side);
            }
        }
        match.autosave(); // after the screen is set, so a failure is said over it
    }

    private void stopWarmup() {
        app.stopContinueWarmup();
        if (warmup != null) {
            warmup.stop();
            warmup = null;
        }
    }

    /** A loaded game: straight back to where it was, warnings first. */
    void resume(List<String> warnings) {
        startTurn();
        if (!warnings.isEmpty()) {
            app.push(new MessageView(app, Ui.t("load.warning_title"), String.join("\n\n", warnings)));
        }
    }

    /** Begins (or resumes) the current turn: bots start thinking, the right screen shows. */
    void startTurn() {
        stopWarmup();
        autoPlay.cancel();
        handedTo = null;
        whiteCell.turnStarts(); // in a facilitated game the bots wait until the console hands the turn over
        match.startTurn();
        clock.start();
        if (state().isOver()) {
            app.show(new EndView(app, this));
            return;
        }
        app.show(nextView());
        ScenarioInfo.Guidance g = guidance(state().turn());
        if (g != null) {
            app.push(new MessageView(app, Ui.t("guidance.title", state().turn()), g.text()));
        }
    }

    /** The screen the game should show now, from the state alone. */
    View nextView() {
        GameState s = state();
        if (s.isOver()) {
            return new EndView(app, this);
        }
        View white = whiteCell.screenNow();
        if (white != null) {
            return white;
        }
        for (Side side : Side.values()) {
            if (seating.human(side) && !s.hasCommitted(side)) {
                if (seating.mode() == Seating.Mode.HOT_SEAT && s.hasCommitted(side.other()) && handedTo != side) {
                    return new PassView(app, this, side);
                }
                return turnView(side);
            }
        }
        if (seating.mode() == Seating.Mode.BOTS) {
            return new WatchView(app, this);
        }
        return turnView(seating.soloSide());
    }

    /**
     * {@code side}'s turn screen: the one on screen when it is that side's for this turn, as the person left it
     * (a reason half typed, the prompt open: a bot's choice arriving meanwhile must not turn the person's next
     * Enter into "choose" again instead of "commit"), else a new one.
     */
    private View turnView(Side side) {
        if (app.baseView() instanceof TurnView t && t.shows(side, state().turn())) {
            return t;
        }
        return new TurnView(app, this, side);
    }

    /** Shows {@link #nextView()} as the base screen. */
    void showNow() {
        app.replaceBase(nextView());
    }

    /** The hand-over screen was acknowledged by {@code side}. */
    void handOver(Side side) {
        handedTo = side;
        showNow();
    }

    /** A human commits from the turn screen. Returns the engine's objection, or null. */
    String commit(Side side, Variant v, String rationale) {
        String refused = match.commit(side, v, rationale).orElse(null);
        if (refused == null) {
            seatUi(side).rationale.clear();
        }
        return refused;
    }

    /**
     * Takes back a side's committed choice before the reveal (logged as an event). Empty when done, else why
     * not, in one sentence (a choice the timer made for a seat whose time ran out stands).
     */
    Optional<String> withdraw(Side side) {
        Optional<String> refused = match.withdraw(side);
        if (refused.isEmpty()) {
            clock.start(); // the side is back on the turn's clock, which stops ticking once both have chosen
        }
        return refused;
    }

    /** From the reveal: on to the next turn, or to the end screen. */
    void afterReveal() {
        startTurn();
    }

    /** Stops listening to bots and timers (the player left this game). */
    void close() {
        saving.release(); // another copy may play the game now
        closed = true;
        stopWarmup();
        autoPlay.cancel();
        clock.stop();
        thinking.stop();
        match.setBotsPaused(true);
    }
}
