package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * Both choices side by side, then everything that followed from them: each roll with base odds,
 * modifiers, draw and result; each change with its cause; the net change of the turn; and the
 * event cards that open the next year. Shows the events as this game's audience may see them.
 */
final class RevealView extends DocView {
    private final Game game;
    private final int turn;
    private final List<Event> events;
    private final Event.ChoicesRevealed choices;
    /** What the facilitator did earlier in this turn (injects, notes), shown first. */
    private final List<Event> facilitatorEarlier = new java.util.ArrayList<>();
    /** A line said first: the reason a person was typing when the turn resolved, not sent. */
    private String unsent = "";

    RevealView(App app, Game game, int turn, List<Event> events) {
        super(app);
        this.game = game;
        this.turn = turn;
        this.events = game.seating().audience().redact(events);
        Event.ChoicesRevealed found = null;
        for (Event e : this.events) {
            if (e instanceof Event.ChoicesRevealed r) {
                found = r;
            }
        }
        this.choices = found;
        if (turn >= 1 && turn <= game.session().resolvedTurns()) {
            for (Event e : game.seating().audience().redact(game.session().eventsOfTurn(turn))) {
                if (e instanceof Event.Injected || e instanceof Event.FacilitatorNote) {
                    facilitatorEarlier.add(e);
                }
            }
        }
    }

    int turn() {
        return turn;
    }

    void unsent(String line) {
        unsent = line;
    }

    @Override
    String title() {
        return Ui.t("reveal.title", turn, game.engine().scenario().yearOf(turn));
    }

    @Override
    String right() {
        return game.state().isOver() ? Ui.t("reveal.game_over") : Ui.t("reveal.next", game.state().turn());
    }

    @Override
    int fixedRows(Canvas c) {
        return 5;
    }

    @Override
    void drawFixed(Canvas c, int top) {
        drawChoices(c, top, choices, game.seating()::name);
    }

    /**
     * Both choices side by side under their seats' names, each with the first two lines of its reason (a
     * longer reason ends in an ellipsis here and is given whole by {@link #body}): five rows from {@code top}.
     * Shared by the local reveal and a remote seat's.
     */
    static void drawChoices(Canvas c, int top, Event.ChoicesRevealed choices,
                            java.util.function.Function<Side, String> name) {
        int half = (c.width() - 1) / 2;
        for (Side s : Side.values()) {
            int x = s == Side.MOSCOW ? 1 : half + 2;
            int w = half - 2;
            Variant v = s == Side.MOSCOW ? choices.moscow() : choices.beijing();
            String why = s == Side.MOSCOW ? choices.moscowRationale() : choices.beijingRationale();
            c.text(x, top, w, c.fitEllipsis(name.apply(s), w), s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING);
            c.text(x, top + 1, w, c.fitEllipsis(Ui.t("roleof." + v.role(s), Text.title(v)), w), Role.BOLD);
            List<String> lines = Canvas.wrap(why.isEmpty() ? Ui.t("reveal.no_reason")
                    : Ui.t("reveal.reason", why), w);
            for (int i = 0; i < 2 && i < lines.size(); i++) {
                // a reason longer than two lines ends in an ellipsis here and is given whole below
                String line = i == 1 && lines.size() > 2 ? c.fitEllipsis(lines.get(1) + " " + lines.get(2), w)
                        : lines.get(i);
                c.text(x, top + 2 + i, w, line, Role.DIM);
            }
        }
        c.vline(half, top, 4, Role.DIM);
        c.hline(0, top + 4, c.width(), Role.DIM);
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        if (!unsent.isEmpty()) {
            d.para(unsent, Role.WARN);
        }
        Story story = new Story(d, game.info(), game.glyphs()).scoredBy(game.engine());
        boolean next = body(d, story, width, choices, events, facilitatorEarlier);
        if (next && game.cardsNow().isEmpty()) {
            d.para(Ui.t("turn.no_events"), Role.DIM);
        }
        if (next && game.session().rules().scoresCardsAtTurnStart()) {
            // rules 3: the year's opening cards are already in the scores; say where each side stands now
            d.heading(Ui.t("reveal.standing_now", game.engine().scenario().yearOf(turn + 1)));
            for (Side s : Side.values()) {
                if (game.seating().audience().sees(org.amur.engine.Indicator.score(s))) {
                    d.para(Ui.t("story.standing", game.seating().name(s),
                            Text.standing(game.engine().standing(game.session().stateAtTurnStart(turn + 1), s))),
                            s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING, 2, 2);
                }
            }
        }
        if (game.saving().lastSave() != null) {
            d.blank().para(Ui.t("reveal.saved", game.saving().lastSave()), Role.DIM);
        } else if (!game.match().saveProblem().isEmpty()) {
            d.blank().para(game.match().saveProblem(), Role.WARN);
        }
        return d;
    }

    /**
     * The body of a turn's reveal, shared by the local reveal and a remote seat's: the few lines to read aloud
     * (a delivery named by its contract and tranche), the reasons whole when the header cuts them, what the
     * facilitator did earlier in the turn, then every event that followed, the next year's cards under their
     * heading. {@code events} (from the reveal on) and {@code earlier} are already redacted for the reader.
     * Returns whether the next year began.
     */
    static boolean body(Doc d, Story story, int width, Event.ChoicesRevealed choices, List<Event> events,
                        List<Event> earlier) {
        // first the few lines to read aloud, then the full detail
        org.amur.report.TurnSummary sum = org.amur.report.TurnSummary.of(events);
        d.row(new Span(org.amur.report.ReportText.get("summary.turn.title"), Role.HEADER));
        d.para(sum.choices(), Role.BOLD);
        for (String h : sum.happened()) {
            d.para(h, Role.NORMAL);
        }
        if (!sum.changes().isEmpty()) {
            d.para(org.amur.report.ReportText.get("summary.turn.changes"), Role.NORMAL);
            for (String ch : sum.changes()) {
                d.para("  " + ch, Role.NORMAL);
            }
        }
        d.blank();
        int headerWidth = (width + 1) / 2 - 2;
        String[] reasons = {choices.moscowRationale(), choices.beijingRationale()};
        boolean cut = false;
        for (String why : reasons) {
            cut |= !why.isEmpty() && Canvas.wrap(Ui.t("reveal.reason", why), headerWidth).size() > 2;
        }
        if (cut) {
            d.row(new Span(Ui.t("reveal.reasons_whole"), Role.HEADER));
            for (Side s : Side.values()) {
                String why = reasons[s.ordinal()];
                if (!why.isEmpty()) {
                    d.para(s.displayName() + ": " + why, s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING);
                }
            }
            d.blank();
        }
        if (!earlier.isEmpty()) {
            d.row(new Span(Ui.t("reveal.facilitator"), Role.HEADER));
            for (Event e : earlier) {
                story.add(e, false);
            }
            d.blank();
        }
        boolean next = false;
        for (Event e : events) {
            if (e instanceof Event.TurnStarted ts) {
                d.heading(Ui.t("reveal.next_year", ts.year()));
                next = true;
                continue;
            }
            if (e instanceof Event.ChoicesRevealed || e instanceof Event.ChoiceCommitted) {
                continue;
            }
            story.add(e, false);
        }
        return next;
    }

    @Override
    String keys() {
        if (game.seating().mode() == Seating.Mode.BOTS) {
            return Ui.t(game.autoPlay().on() ? "keys.reveal_bots_auto" : "keys.reveal_bots",
                    game.autoPlay().delayMillis() / 1000.0);
        }
        return Ui.t(game.state().isOver() ? "keys.reveal_end" : "keys.reveal");
    }

    @Override
    public void key(KeyStroke k) {
        if (scroller.key(k, page)) {
            return;
        }
        if (Keys.enter(k) || Keys.ch(k, 'n')) {
            game.afterReveal();
        } else if (Keys.ch(k, 'l')) {
            app.push(new LogView(app, game));
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        } else if (game.seating().mode() == Seating.Mode.BOTS) {
            if (Keys.ch(k, 'a')) {
                game.autoPlay().toggle(this);
            } else if (Keys.ch(k, '+') || Keys.ch(k, '=')) {
                game.autoPlay().faster();
            } else if (Keys.ch(k, '-')) {
                game.autoPlay().slower();
            }
        }
    }
}
