package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.FacilitatorView;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.save.SaveMeta;
import org.amur.session.Match;

/**
 * The white cell of a game on screen: the facilitator's console at the start of each turn (injects,
 * notes, the turn's adjudication), the second choice held for a ruling, and the screens that hand the
 * terminal to the facilitator and back. A game without a facilitator has one that is never
 * {@link #facilitated()}: rigid adjudication, no console. Only touched on the UI thread.
 */
final class WhiteCell {
    private final App app;
    private final Game game;
    private final Match match;
    /** The game's settings, or null when it has no facilitator. */
    private final SaveMeta.Facilitator facilitator;
    // the adjudication chosen for this turn, the turn whose console has handed the game to the teams,
    // and whether the facilitator has taken the terminal for the ruling
    private SaveMeta.Adjudication turnAdjudication;
    private int turnAdjudicationFor;
    private int consoleDoneTurn;
    private boolean rulingTaken;
    private String message = "";
    private boolean messageBad;

    WhiteCell(App app, Game game, Match match, SaveMeta.Facilitator facilitator) {
        this.app = app;
        this.game = game;
        this.match = match;
        this.facilitator = facilitator;
    }

    boolean facilitated() {
        return facilitator != null;
    }

    /** Open play: the facilitator sees the sides' pending choices before the reveal. */
    boolean openPlay() {
        return facilitator != null && facilitator.openPlay();
    }

    // ------------------------------------------------------------------ the turn

    /** A turn begins (or resumes): no ruling taken yet; bots wait while the console has the turn. */
    void turnStarts() {
        rulingTaken = false;
        match.setRulings(rulingsNow());
        match.setBotsPaused(consoleFirst());
    }

    /** A choice was held for the ruling, or let go: the facilitator has not taken the terminal yet. */
    void heldChanged() {
        rulingTaken = false;
    }

    /**
     * The white cell's screen if the turn is the white cell's now (a ruling to make, the console
     * before the teams), else null.
     */
    View screenNow() {
        if (held() != null) {
            return rulingTaken ? RulingView.local(app, game) : new RulingPassView(app, game);
        }
        if (consoleFirst()) {
            // the console can come back mid-turn (a choice taken back in a resumed game): bots must not
            // commit under it with a decision made before an inject
            match.setBotsPaused(true);
            return new ConsoleView(app, game);
        }
        return null;
    }

    /** True while this turn's console has not yet handed the game to the teams (and nobody has chosen). */
    private boolean consoleFirst() {
        GameState s = game.state();
        return facilitated() && !s.isOver() && consoleDoneTurn != s.turn() && !s.hasCommitted(Side.MOSCOW)
                && !s.hasCommitted(Side.BEIJING);
    }

    /** True when this turn's second choice is held for the facilitator's ruling. */
    private boolean rulingsNow() {
        return facilitated() && adjudication() != SaveMeta.Adjudication.RIGID;
    }

    /** How this turn is adjudicated: the game's default unless the facilitator changed it for this turn. */
    SaveMeta.Adjudication adjudication() {
        if (facilitator == null) {
            return SaveMeta.Adjudication.RIGID;
        }
        return turnAdjudication != null && turnAdjudicationFor == game.state().turn() ? turnAdjudication
                : facilitator.adjudication();
    }

    /** Sets this turn's adjudication (the next turn starts again from the game's default). */
    void setAdjudication(SaveMeta.Adjudication a) {
        turnAdjudication = a;
        turnAdjudicationFor = game.state().turn();
        match.setRulings(rulingsNow());
    }

    /** Everything the white cell may see now (pending choices only in open play). */
    FacilitatorView view() {
        return game.engine().facilitatorView(game.state(), openPlay());
    }

    // ------------------------------------------------------------------ the console

    /** The last thing the facilitator did, as a sentence for the console (empty if nothing yet). */
    String message() {
        return message;
    }

    boolean messageBad() {
        return messageBad;
    }

    void tell(String sentence, boolean bad) {
        message = sentence == null ? "" : sentence;
        messageBad = bad;
    }

    /** A key bar spec with the facilitator's key added (before help) in a facilitated game. */
    String withConsoleKey(String spec) {
        if (!facilitated()) {
            return spec;
        }
        // right after the screen's main key, so a narrow key bar drops details before the console key
        String f = Ui.t("keys.console_key");
        List<String> items = new ArrayList<>(List.of(spec.split("\\|")));
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

    /**
     * The facilitator takes the terminal in the middle of a turn. Bots stop thinking (what they would
     * decide on could change) and start again when the console hands the turn back.
     */
    void openConsole() {
        if (held() != null) {
            // a choice arrived (a bot's) while the question was up: the turn is now the ruling's
            game.showNow();
            return;
        }
        match.setBotsPaused(true);
        app.replaceBase(new ConsoleView(app, game));
    }

    /** The facilitator hands the turn to the teams: the seats' screens follow, bots start thinking. */
    void handToTeams() {
        consoleDoneTurn = game.state().turn();
        match.setBotsPaused(false);
        game.showNow();
    }

    /**
     * Plays an event card of the deck ({@code cardId}) or a free-text event at the start of the turn.
     * Returns the engine's objection, or null once it is applied (and saved).
     */
    String inject(String cardId, String title, List<Scenario.CardEffect> effects, String rationale) {
        return match.inject(cardId, title, effects, rationale).orElse(null);
    }

    /** A discussion note for this turn's debrief. Returns the engine's objection, or null. */
    String note(String text) {
        return match.note(text).orElse(null);
    }

    /** Facilitator events of the current turn (injects, notes), as {@code audience} may see them. */
    List<Event> eventsNow(Audience audience) {
        List<Event> out = new ArrayList<>();
        GameState s = game.state();
        if (s.isOver() || s.turn() > game.session().resolvedTurns() + 1) {
            return out;
        }
        for (Event e : audience.redact(game.session().eventsOfTurn(s.turn()))) {
            if (e instanceof Event.Injected || e instanceof Event.FacilitatorNote) {
                out.add(e);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the ruling

    /** The second choice held for the facilitator's ruling, or null. */
    Action.Commit held() {
        return match.held().orElse(null);
    }

    /** The facilitator has the terminal for the ruling. */
    void takeRuling() {
        rulingTaken = true;
        game.showNow();
    }

    /**
     * The side whose choice is held takes it back before the ruling (humans only). Empty when done or when there
     * is nothing to take back, else why not.
     */
    java.util.Optional<String> takeBackHeld() {
        Action.Commit h = held();
        if (h == null || !game.seating().human(h.side())) {
            return java.util.Optional.empty();
        }
        return game.withdraw(h.side());
    }

    /**
     * Resolves the turn with the held choice: {@code action} is that choice itself (the engine's
     * outcome accepted) or an {@link Action.Adjudicated} ruling on it. Returns the engine's objection,
     * or null once the turn is resolved.
     */
    String rule(Action action) {
        return match.rule(action).orElse(null);
    }

    /**
     * Leaves to the menu; while a choice is held for the ruling it asks first, because that choice
     * and the ruling so far are not in the save (the side chooses again when the game is continued).
     */
    void leaveAsking() {
        if (held() == null) {
            app.leaveGame();
            return;
        }
        Side side = held().side();
        app.push(new ConfirmView(app, Ui.t("ruling.leave_title"), Ui.t("ruling.leave_text", side.displayName()),
                app::leaveGame));
    }

    /** What quitting at once loses: the held choice, said in a sentence (empty when nothing is held). */
    String heldLoss() {
        return held() == null ? "" : Ui.t("exit.held_lost", held().side().displayName());
    }
}
