package org.amur.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.ai.Bot;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioInfo;
import org.amur.scenario.TextRules;
import org.amur.session.Session;

/**
 * One game on screen: the session, who sits at each seat, and the flow between screens. Humans
 * commit through the turn screen; bots think on the worker and their choices come back as tasks.
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
    private final String[] specs = new String[2];
    private final SaveMeta meta;
    private Path autosaveFile;
    private final Bot[] bots = new Bot[2];
    private final boolean[] thinking = new boolean[2];
    private final String[] botReason = {"", ""};
    private final SeatUi[] seatUi = {new SeatUi(), new SeatUi()};
    private final Mode mode;
    private final Audience audience;
    private long token;
    private Side handedTo;
    private Path lastSave;
    private String saveProblem = "";
    private boolean closed;
    private boolean autoPlay;
    private long delayMillis = 1500;

    // The white cell (null when the game has no facilitator): the adjudication chosen for this turn, the
    // turn whose console has handed the game to the teams, and the second choice held for a ruling.
    private final SaveMeta.Facilitator facilitator;
    private SaveMeta.Adjudication turnAdjudication;
    private int turnAdjudicationFor;
    private int consoleDoneTurn;
    private Action.Commit heldForRuling;
    private boolean rulingTaken;
    private String facilitatorMessage = "";
    private boolean facilitatorMessageBad;

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
        this.app = app;
        this.autosaveFile = autosaveFile;
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
        for (Side s : Side.values()) {
            if (!human(s)) {
                bots[s.ordinal()] = app.config().bots().create(spec(s), session.engine(), s, botSeed(s));
            }
        }
        tellBots(session.events()); // a resumed game's bots hear its history first
    }

    /** Bots hear what their seat was shown, on the bot worker so it never races their thinking. */
    private void tellBots(List<Event> events) {
        for (Side s : Side.values()) {
            Bot bot = bots[s.ordinal()];
            if (bot != null) {
                List<Event> seen = Audience.of(s).redact(List.copyOf(events));
                app.config().botWorker().execute(() -> Seats.observe(bot, seen));
            }
        }
    }

    private long botSeed(Side s) {
        long k = s == Side.MOSCOW ? 0x5DEECE66DL : 0xB5297A4DL;
        return session.seed() ^ k ^ (session.state().turn() - 1L) * 0x9E3779B97F4A7C15L;
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
        return thinking[s.ordinal()];
    }

    SeatUi seatUi(Side s) {
        return seatUi[s.ordinal()];
    }

    Path lastSave() {
        return lastSave;
    }

    String saveProblem() {
        return saveProblem;
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
        autosave();
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
        heldForRuling = null;
        rulingTaken = false;
        if (state().isOver()) {
            app.show(new EndView(app, this));
            return;
        }
        if (!consoleFirst()) {
            thinkBots(); // in a facilitated game the bots wait until the console hands the turn over
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
        if (heldForRuling != null) {
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

    private void thinkBots() {
        for (Side side : Side.values()) {
            if (human(side) || state().hasCommitted(side) || thinking[side.ordinal()] || state().isOver()
                    || heldForRuling != null && heldForRuling.side() == side) {
                continue;
            }
            Bot bot = bots[side.ordinal()];
            SeatView view = engine().view(state(), side);
            long t = token;
            thinking[side.ordinal()] = true;
            app.offload(() -> bot.decide(view), d -> botDecided(side, t, d), e -> botFailed(side, t, e));
        }
    }

    private void botDecided(Side side, long t, Bot.Decision d) {
        if (closed || t != token) {
            return;
        }
        thinking[side.ordinal()] = false;
        String reason = TextRules.sanitize(d.reason() == null ? "" : d.reason(), false);
        if (reason.length() > Engine.MAX_RATIONALE) {
            reason = reason.substring(0, Engine.MAX_RATIONALE);
        }
        botReason[side.ordinal()] = reason;
        String refused = submit(new Action.Commit(side, d.variant().id(), reason));
        if (refused != null) {
            botFailed(side, t, new IllegalStateException(refused));
        }
    }

    /** A bot broke (threw or chose something illegal): its seat takes the first legal choice instead. */
    private void botFailed(Side side, long t, RuntimeException e) {
        if (closed || t != token) {
            return;
        }
        thinking[side.ordinal()] = false;
        List<Variant> legal = engine().legalChoices(state(), side);
        if (legal.isEmpty()) {
            return;
        }
        String reason = Ui.t("bot.failed", spec(side), TextRules.sanitize(String.valueOf(e.getMessage()), false));
        if (reason.length() > Engine.MAX_RATIONALE) {
            reason = reason.substring(0, Engine.MAX_RATIONALE);
        }
        submit(new Action.Commit(side, legal.get(0).id(), reason));
    }

    /** A human commits from the turn screen. Returns the engine's objection, or null. */
    String commit(Side side, Variant v, String rationale) {
        String why = TextRules.sanitize(rationale == null ? "" : rationale.strip(), false);
        if (why.length() > Engine.MAX_RATIONALE) {
            why = why.substring(0, Engine.MAX_RATIONALE);
        }
        String refused = submit(new Action.Commit(side, v.id(), why));
        if (refused == null) {
            seatUi(side).rationale = "";
        }
        return refused;
    }

    /**
     * Applies a seat's choice; in a facilitated game whose turn is not adjudicated rigidly, the second
     * choice is held (checked, not applied) for the facilitator's ruling. Returns the engine's
     * objection, or null.
     */
    private String submit(Action.Commit c) {
        if (rulingDue(c.side())) {
            Step check = engine().apply(state(), c);
            if (check instanceof Step.Rejected r) {
                return r.rejection().message();
            }
            heldForRuling = c;
            rulingTaken = false;
            replaceBase(nextView());
            return null;
        }
        Step step = session.apply(c);
        if (step instanceof Step.Rejected r) {
            return r.rejection().message();
        }
        accepted((Step.Accepted) step);
        return null;
    }

    /** True when {@code side}'s choice would resolve the turn and the facilitator is to rule on it. */
    private boolean rulingDue(Side side) {
        return facilitated() && adjudication() != SaveMeta.Adjudication.RIGID && state().hasCommitted(side.other())
                && !state().hasCommitted(side);
    }

    /** Takes back a side's committed choice before the reveal (logged as an event). */
    void withdraw(Side side) {
        Step step = session.apply(new Action.Withdraw(side));
        if (step instanceof Step.Accepted) {
            handedTo = null;
            replaceBase(nextView());
        }
    }

    private void accepted(Step.Accepted step) {
        tellBots(step.events());
        int resolvedTurn = -1;
        for (Event e : step.events()) {
            if (e instanceof Event.ChoicesRevealed r) {
                resolvedTurn = r.turn();
            }
        }
        if (resolvedTurn < 0) {
            replaceBase(nextView());
            return;
        }
        token++;
        handedTo = null;
        autosave();
        RevealView reveal = new RevealView(app, this, resolvedTurn, step.events());
        replaceBase(reveal);
        if (mode == Mode.BOTS && autoPlay) {
            scheduleAdvance(reveal);
        }
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
        if (heldForRuling == null) {
            app.leaveGame();
            return;
        }
        Side side = heldForRuling.side();
        app.push(new ConfirmView(app, Ui.t("ruling.leave_title"), Ui.t("ruling.leave_text", side.displayName()),
                app::leaveGame));
    }

    /** What quitting at once loses: the held choice, said in a sentence (empty when nothing is held). */
    String heldLoss() {
        return heldForRuling == null ? "" : Ui.t("exit.held_lost", heldForRuling.side().displayName());
    }

    /** The second choice held for the facilitator's ruling, or null. */
    Action.Commit heldForRuling() {
        return heldForRuling;
    }

    /**
     * Plays an event card of the deck ({@code cardId}) or a free-text event at the start of the turn.
     * Returns the engine's objection, or null once it is applied (and saved).
     */
    String inject(String cardId, String title, List<org.amur.engine.Scenario.CardEffect> effects, String rationale) {
        Step step = session.apply(new Action.Inject(cardId, cardId == null ? clean(title, 120) : null,
                cardId == null ? effects : null, clean(rationale, Engine.MAX_NOTE)));
        if (step instanceof Step.Rejected r) {
            return r.rejection().message();
        }
        facilitatorStep((Step.Accepted) step);
        return null;
    }

    /** A discussion note for this turn's debrief. Returns the engine's objection, or null. */
    String note(String text) {
        Step step = session.apply(new Action.Note(clean(text, Engine.MAX_NOTE)));
        if (step instanceof Step.Rejected r) {
            return r.rejection().message();
        }
        facilitatorStep((Step.Accepted) step);
        return null;
    }

    private void facilitatorStep(Step.Accepted step) {
        tellBots(step.events());
        autosave();
    }

    private static String clean(String s, int max) {
        String t = TextRules.sanitize(s == null ? "" : s.strip(), false);
        return t.length() > max ? t.substring(0, max) : t;
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
        thinkBots();
        replaceBase(nextView());
    }

    /**
     * The facilitator takes the terminal in the middle of a turn. Bots stop thinking (what they would
     * decide on could change) and start again when the console hands the turn back.
     */
    void openConsole() {
        if (heldForRuling != null) {
            // a choice arrived (a bot's) while the question was up: the turn is now the ruling's
            replaceBase(nextView());
            return;
        }
        stopBots();
        replaceBase(new ConsoleView(app, this));
    }

    /** Whatever the bots are thinking is dropped (their answers carry an older token). */
    private void stopBots() {
        if (thinking[0] || thinking[1]) {
            token++;
            java.util.Arrays.fill(thinking, false);
        }
    }

    /** The facilitator has the terminal for the ruling. */
    void takeRuling() {
        rulingTaken = true;
        replaceBase(nextView());
    }

    /** The side whose choice is held takes it back before the ruling (humans only). */
    void takeBackHeld() {
        if (heldForRuling == null || !human(heldForRuling.side())) {
            return;
        }
        heldForRuling = null;
        rulingTaken = false;
        replaceBase(nextView());
    }

    /** What the engine would do with {@code action} now, without doing it (the engine is pure). */
    Step preview(Action action) {
        return engine().apply(state(), action);
    }

    /**
     * Resolves the turn with the held choice: {@code action} is that choice itself (the engine's
     * outcome accepted) or an {@link Action.Adjudicated} ruling on it. Returns the engine's objection,
     * or null once the turn is resolved.
     */
    String rule(Action action) {
        Step step = session.apply(action);
        if (step instanceof Step.Rejected r) {
            return r.rejection().message();
        }
        heldForRuling = null;
        rulingTaken = false;
        accepted((Step.Accepted) step);
        return null;
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
        try {
            if (autosaveFile == null) {
                autosaveFile = app.config().saves().newAutosaveFile(session, meta);
            }
            lastSave = app.config().saves().autosave(autosaveFile, session, meta);
            saveProblem = "";
            return lastSave;
        } catch (SaveException e) {
            saveProblem = e.getMessage();
            return null;
        } catch (RuntimeException e) {
            saveProblem = Ui.t("save.failed", e.getClass().getSimpleName());
            return null;
        }
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
        closed = true;
        token++;
    }
}
