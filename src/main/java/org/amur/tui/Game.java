package org.amur.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioInfo;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * One game on screen: the flow between screens around a {@link Match} (the one match loop, in
 * callback mode with the UI thread as its match thread). Humans commit through the turn screen;
 * the match runs the bots on the worker, saves, and tells this game of every step.
 * In a hot seat, after the first side commits, a blank hand-over screen stands between the two
 * sides, and nothing shows what was chosen until both are in. Only touched on the UI thread.
 */
final class Game {

    enum Mode { SOLO, HOT_SEAT, BOTS }

    /** What a seat's turn screen remembers between frames: the line and variant highlighted, the rationale. */
    static final class SeatUi {
        int line;
        final int[] index = new int[Line.values().length];
        String rationale = "";
    }

    private final App app;
    private final Session session;
    private final Match match;
    private final String[] specs = new String[2];
    private final SaveMeta meta;
    private Path autosaveFile;
    private final SeatUi[] seatUi = {new SeatUi(), new SeatUi()};
    private final Mode mode;
    private final Audience audience;
    private long token;
    private Side handedTo;
    private Path lastSave;
    private boolean closed;
    private boolean autoPlay;
    private long delayMillis = 1500;

    // The white cell (null when the game has no facilitator): the adjudication chosen for this turn, the
    // turn whose console has handed the game to the teams, and the second choice held for a ruling.
    private final SaveMeta.Facilitator facilitator;
    private SaveMeta.Adjudication turnAdjudication;
    private int turnAdjudicationFor;
    private int consoleDoneTurn;
    private boolean rulingTaken;
    private String facilitatorMessage = "";
    private boolean facilitatorMessageBad;

    /**
     * A game on screen. {@code meta} is what every save of it records besides the log: the seats and,
     * for a branched game, its parent.
     */
    /** This game's claim on its autosave ({@link org.amur.save.SaveLock}); null until its first save. */
    private org.amur.save.SaveLock lock;

    Game(App app, Session session, SaveMeta meta) {
        this(app, session, meta, null, null);
    }

    /**
     * A game that autosaves to {@code autosaveFile} (the autosave it was resumed from), or with null to
     * a file of its own chosen at its first save, so it never writes over another game's autosave.
     */
    Game(App app, Session session, SaveMeta meta, Path autosaveFile, org.amur.save.SaveLock lock) {
        this.app = app;
        this.autosaveFile = autosaveFile;
        this.lock = lock;
        this.session = session;
        this.meta = meta;
        this.facilitator = meta.facilitator();
        String moscow = meta.moscow();
        String beijing = meta.beijing();
        specs[0] = moscow;
        specs[1] = beijing;
        boolean hm = Seats.HUMAN.equals(moscow);
        boolean hb = Seats.HUMAN.equals(beijing);
        mode = hm && hb ? Mode.HOT_SEAT : (hm || hb ? Mode.SOLO : Mode.BOTS);
        audience = mode == Mode.SOLO ? Audience.of(hm ? Side.MOSCOW : Side.BEIJING) : Audience.PUBLIC;
        Match.Seat[] seats = new Match.Seat[2];
        for (Side s : Side.values()) {
            seats[s.ordinal()] = human(s) ? new Match.Seat.Person()
                    : new Match.Seat.Machine(app.config().bots().create(spec(s), session.engine(), s,
                            Match.botSeed(session.seed(), s, session.state().turn())));
        }
        match = Match.of(session, seats[0], seats[1], Match.Options.autosaving(this::saveTo));
        match.addListener(new Screens());
        match.start(app::post, app.config().botWorker()); // a resumed game's bots hear its history first
    }

    /** The match's autosave: this game's own autosave file, chosen at its first save. */
    private Path saveTo(Session s) throws SaveException {
        if (autosaveFile == null) {
            lock = app.config().saves().claimNewAutosave(s, meta);
            autosaveFile = lock != null ? lock.file() : app.config().saves().newAutosaveFile(s, meta);
        }
        return app.config().saves().autosave(autosaveFile, s, meta);
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
                replaceBase(nextView());
                return;
            }
            token++;
            handedTo = null;
            RevealView reveal = new RevealView(app, Game.this, resolvedTurn, events);
            replaceBase(reveal);
            if (mode == Mode.BOTS && autoPlay) {
                scheduleAdvance(reveal);
            }
        }

        @Override
        public void held(Side side, boolean waiting) {
            if (closed) {
                return;
            }
            rulingTaken = false;
            replaceBase(nextView());
        }

        @Override
        public void saved(Path file) {
            lastSave = file;
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

    Mode mode() {
        return mode;
    }

    Glyphs glyphs() {
        return app.config().glyphs();
    }

    Audience audience() {
        return audience;
    }

    String spec(Side s) {
        return specs[s.ordinal()];
    }

    boolean human(Side s) {
        return Seats.HUMAN.equals(spec(s));
    }

    /** The human seat in a solo game, else null. */
    Side soloSide() {
        return mode != Mode.SOLO ? null : human(Side.MOSCOW) ? Side.MOSCOW : Side.BEIJING;
    }

    boolean thinking(Side s) {
        return match.thinking(s);
    }

    /** The match loop this screen plays through. */
    Match match() {
        return match;
    }

    SeatUi seatUi(Side s) {
        return seatUi[s.ordinal()];
    }

    Path lastSave() {
        return lastSave;
    }

    String saveProblem() {
        return match.saveProblem();
    }

    boolean autoPlay() {
        return autoPlay;
    }

    long delayMillis() {
        return delayMillis;
    }

    /** Who a seat is, for screens: "Moscow (you)", "Beijing (bot: random)". */
    String seatName(Side s) {
        String who = human(s) ? (mode == Mode.SOLO ? Ui.t("seat.you") : Ui.t("seat.human"))
                : Ui.t("seat.bot", spec(s));
        String team = meta.names().team(s);
        return s.displayName() + (team.isEmpty() ? "" : ", " + team) + " (" + who + ")";
    }

    /** "Turn 2 of 4 2019" for the top bar, after the table's name when it has one. */
    String turnLabel() {
        String turn = Ui.t("turn.of", state().turn(), engine().scenario().turns(), state().year());
        String table = meta.names().table();
        return table.isEmpty() ? turn : table + " " + Ui.t("table.separator") + " " + turn;
    }

    /** The values a seat (or, with null, the public) may see now. */
    java.util.Map<Indicator, Double> visibleValues(Side seat) {
        if (seat != null) {
            return engine().view(state(), seat).values();
        }
        java.util.Map<Indicator, Double> m = new java.util.EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (audience.sees(i)) {
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
        for (Event e : audience.redact(session.eventsOfTurn(turn))) {
            if (e instanceof Event.CardDrawn c) {
                out.add(c);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ flow

    /** A new game: the introduction, then turn 1. */
    void begin() {
        match.autosave();
        app.show(new IntroView(app, this));
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
        token++;
        handedTo = null;
        rulingTaken = false;
        match.setRulings(rulingsNow());
        // in a facilitated game the bots wait until the console hands the turn over
        match.setBotsPaused(consoleFirst());
        match.startTurn();
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

    ScenarioInfo.Guidance guidance(int turn) {
        for (ScenarioInfo.Guidance g : info().guidance()) {
            if (g.turn() == turn) {
                return g;
            }
        }
        return null;
    }

    /** The screen the game should show now, from the state alone. */
    View nextView() {
        GameState s = state();
        if (s.isOver()) {
            return new EndView(app, this);
        }
        if (heldForRuling() != null) {
            return rulingTaken ? new RulingView(app, this) : new RulingPassView(app, this);
        }
        if (consoleFirst()) {
            // the console can come back mid-turn (a choice taken back in a resumed game): bots must not
            // commit under it with a decision made before an inject
            stopBots();
            return new ConsoleView(app, this);
        }
        for (Side side : Side.values()) {
            if (human(side) && !s.hasCommitted(side)) {
                if (mode == Mode.HOT_SEAT && s.hasCommitted(side.other()) && handedTo != side) {
                    return new PassView(app, this, side);
                }
                return new TurnView(app, this, side);
            }
        }
        if (mode == Mode.BOTS) {
            return new WatchView(app, this);
        }
        return new TurnView(app, this, soloSide());
    }

    /** The hand-over screen was acknowledged by {@code side}. */
    void handOver(Side side) {
        handedTo = side;
        replaceBase(nextView());
    }

    private void replaceBase(View v) {
        app.replaceBase(v);
    }

    /** A human commits from the turn screen. Returns the engine's objection, or null. */
    String commit(Side side, Variant v, String rationale) {
        String refused = match.commit(side, v, rationale).orElse(null);
        if (refused == null) {
            seatUi(side).rationale = "";
        }
        return refused;
    }

    /** True when this turn's second choice is held for the facilitator's ruling. */
    private boolean rulingsNow() {
        return facilitated() && adjudication() != SaveMeta.Adjudication.RIGID;
    }

    /** Takes back a side's committed choice before the reveal (logged as an event). */
    void withdraw(Side side) {
        match.withdraw(side);
    }

    /** From the reveal: on to the next turn, or to the end screen. */
    void afterReveal() {
        startTurn();
    }

    void toggleAutoPlay(RevealView current) {
        autoPlay = !autoPlay;
        if (autoPlay && current != null) {
            scheduleAdvance(current);
        }
    }

    void faster() {
        delayMillis = Math.max(250, delayMillis / 2);
    }

    void slower() {
        delayMillis = Math.min(8000, delayMillis * 2);
    }

    private void scheduleAdvance(RevealView reveal) {
        long t = token;
        app.later(delayMillis, () -> {
            if (closed || t != token || !autoPlay) {
                return;
            }
            if (app.top() == reveal) {
                afterReveal();
            } else if (app.baseView() == reveal) {
                scheduleAdvance(reveal); // the player is reading help or the log: wait
            }
        });
    }

    // ------------------------------------------------------------------ facilitator (white cell)

    /**
     * The command that starts this game again from its first turn, with the same seats and
     * facilitation ({@code ./amur play --scenario ... --seed ...}).
     */
    String playAgainCommand() {
        long seed = session.seed();
        // the scenario by id, else by its file, else by this game's save (which carries the scenario)
        Path save = lastSave != null ? lastSave : autosaveFile;
        String scenarioArg = app.config().scenarios().argumentFor(session.scenario())
                .orElse(save != null ? save.toAbsolutePath().toString() : session.scenario().id());
        if (!scenarioArg.matches("[A-Za-z0-9_./:=+-]+")) {
            scenarioArg = "'" + scenarioArg.replace("'", "'\\''") + "'";
        }
        StringBuilder sb = new StringBuilder("./amur play --scenario ").append(scenarioArg);
        if (session.scenario().lengthChanged()) {
            sb.append(" --turns ").append(session.scenario().turns());
        }
        sb.append(seed < 0 ? " --seed=" : " --seed ").append(seed)
                .append(" --moscow ").append(spec(Side.MOSCOW)).append(" --beijing ").append(spec(Side.BEIJING));
        if (facilitated()) {
            sb.append(meta.facilitator().openPlay() ? " --facilitator=open" : " --facilitator")
                    .append(" --adjudication ").append(meta.facilitator().adjudication().id());
        }
        return sb.toString();
    }

    /** What playing it again reproduces: the dice follow the choices; a facilitator's actions are not replayed. */
    String playAgainNote() {
        return Ui.t(facilitated() ? "again.note_facilitated" : "again.note");
    }

    boolean facilitated() {
        return facilitator != null;
    }

    /** Open play: the facilitator sees the sides' pending choices before the reveal. */
    boolean openPlay() {
        return facilitator != null && facilitator.openPlay();
    }

    /** How this turn is adjudicated: the game's default unless the facilitator changed it for this turn. */
    SaveMeta.Adjudication adjudication() {
        if (facilitator == null) {
            return SaveMeta.Adjudication.RIGID;
        }
        return turnAdjudication != null && turnAdjudicationFor == state().turn() ? turnAdjudication
                : facilitator.adjudication();
    }

    /** Sets this turn's adjudication (the next turn starts again from the game's default). */
    void setAdjudication(SaveMeta.Adjudication a) {
        turnAdjudication = a;
        turnAdjudicationFor = state().turn();
        match.setRulings(rulingsNow());
    }

    /** Everything the white cell may see now (pending choices only in open play). */
    org.amur.engine.FacilitatorView facilitatorView() {
        return engine().facilitatorView(state(), openPlay());
    }

    /** True while this turn's console has not yet handed the game to the teams (and nobody has chosen). */
    private boolean consoleFirst() {
        GameState s = state();
        return facilitated() && !s.isOver() && consoleDoneTurn != s.turn() && !s.hasCommitted(Side.MOSCOW)
                && !s.hasCommitted(Side.BEIJING);
    }

    /** The last thing the facilitator did, as a sentence for the console (empty if nothing yet). */
    String facilitatorMessage() {
        return facilitatorMessage;
    }

    boolean facilitatorMessageBad() {
        return facilitatorMessageBad;
    }

    void tellFacilitator(String sentence, boolean bad) {
        facilitatorMessage = sentence == null ? "" : sentence;
        facilitatorMessageBad = bad;
    }

    /**
     * Leaves to the menu; while a choice is held for the ruling it asks first, because that choice
     * and the ruling so far are not in the save (the side chooses again when the game is continued).
     */
    void leaveAsking() {
        if (heldForRuling() == null) {
            app.leaveGame();
            return;
        }
        Side side = heldForRuling().side();
        app.push(new ConfirmView(app, Ui.t("ruling.leave_title"), Ui.t("ruling.leave_text", side.displayName()),
                app::leaveGame));
    }

    /** What quitting at once loses: the held choice, said in a sentence (empty when nothing is held). */
    String heldLoss() {
        return heldForRuling() == null ? "" : Ui.t("exit.held_lost", heldForRuling().side().displayName());
    }

    /** The second choice held for the facilitator's ruling, or null. */
    Action.Commit heldForRuling() {
        return match.held().orElse(null);
    }

    /**
     * Plays an event card of the deck ({@code cardId}) or a free-text event at the start of the turn.
     * Returns the engine's objection, or null once it is applied (and saved).
     */
    String inject(String cardId, String title, List<org.amur.engine.Scenario.CardEffect> effects, String rationale) {
        return match.inject(cardId, title, effects, rationale).orElse(null);
    }

    /** A discussion note for this turn's debrief. Returns the engine's objection, or null. */
    String note(String text) {
        return match.note(text).orElse(null);
    }

    /** A key bar spec with the facilitator's key added (before help) in a facilitated game. */
    String withConsoleKey(String spec) {
        if (!facilitated()) {
            return spec;
        }
        // right after the screen's main key, so a narrow key bar drops details before the console key
        String f = Ui.t("keys.console_key");
        java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of(spec.split("\\|")));
        int at = items.size();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).startsWith("Enter:") || items.get(i).startsWith("u:")) {
                at = i + 1;
                break;
            }
            if (items.get(i).startsWith("?:")) {
                at = i;
                break;
            }
        }
        items.add(at, f);
        return String.join("|", items);
    }

    /** Asks before opening the console mid-turn: it shows both sides' secrets. */
    void askForConsole() {
        app.push(new ConfirmView(app, Ui.t("console.open_title"), Ui.t("console.open_question"), this::openConsole));
    }

    /** The facilitator hands the turn to the teams: the seats' screens follow, bots start thinking. */
    void handToTeams() {
        consoleDoneTurn = state().turn();
        match.setBotsPaused(false);
        replaceBase(nextView());
    }

    /**
     * The facilitator takes the terminal in the middle of a turn. Bots stop thinking (what they would
     * decide on could change) and start again when the console hands the turn back.
     */
    void openConsole() {
        if (heldForRuling() != null) {
            // a choice arrived (a bot's) while the question was up: the turn is now the ruling's
            replaceBase(nextView());
            return;
        }
        stopBots();
        replaceBase(new ConsoleView(app, this));
    }

    /** Whatever the bots are thinking is dropped (their answers carry an older token). */
    private void stopBots() {
        match.setBotsPaused(true);
    }

    /** The facilitator has the terminal for the ruling. */
    void takeRuling() {
        rulingTaken = true;
        replaceBase(nextView());
    }

    /** The side whose choice is held takes it back before the ruling (humans only). */
    void takeBackHeld() {
        Action.Commit held = heldForRuling();
        if (held == null || !human(held.side())) {
            return;
        }
        match.withdraw(held.side());
    }

    /** What the engine would do with {@code action} now, without doing it (the engine is pure). */
    Step preview(Action action) {
        return match.preview(action);
    }

    /**
     * Resolves the turn with the held choice: {@code action} is that choice itself (the engine's
     * outcome accepted) or an {@link Action.Adjudicated} ruling on it. Returns the engine's objection,
     * or null once the turn is resolved.
     */
    String rule(Action action) {
        return match.rule(action).orElse(null);
    }

    /** Facilitator events of the current turn (injects, notes), as {@code audience} may see them. */
    List<Event> facilitatorEventsNow(Audience audience) {
        List<Event> out = new ArrayList<>();
        GameState s = state();
        if (s.isOver() || s.turn() > session.resolvedTurns() + 1) {
            return out;
        }
        for (Event e : audience.redact(session.eventsOfTurn(s.turn()))) {
            if (e instanceof Event.Injected || e instanceof Event.FacilitatorNote) {
                out.add(e);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ saving

    /** Autosaves now; returns the file, or null (and {@link #saveProblem()} says why). */
    Path autosave() {
        return match.autosave();
    }

    /** Saves under a name the player typed; returns an error sentence, or null. */
    String saveAs(String name) {
        try {
            lastSave = app.config().saves().save(session, name, meta);
            return null;
        } catch (SaveException e) {
            return e.getMessage();
        }
    }

    /** Stops listening to bots and timers (the player left this game). */
    void close() {
        if (lock != null) {
            lock.close(); // another copy may play the game now
        }
        closed = true;
        token++;
        match.setBotsPaused(true);
    }
}
