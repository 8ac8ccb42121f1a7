package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;

/**
 * The facilitator rules on a turn (semi-rigid or free adjudication) once both sides have chosen: the
 * two choices, the engine's proposal with every roll (kind, odds, draw, result) and what would follow
 * from it. Space overturns the highlighted roll; in free adjudication values can also be set directly.
 * The outcome shown is always recomputed for the ruling as it stands. Enter accepts the engine's
 * outcome or, when something was changed, asks for the mandatory rationale and resolves the turn.
 */
final class RulingView implements View {
    private final App app;
    private final Game game;
    private final Ruling ruling;
    private int selected;
    private int top;
    private int page = 10;
    /** Whether the window follows the highlighted item (moving it does; paging frees the window). */
    private boolean follow = true;
    private String message = "";
    private Role messageRole = Role.NORMAL;

    RulingView(App app, Game game) {
        this.app = app;
        this.game = game;
        this.ruling = new Ruling(game.whiteCell().held(), game.match()::preview);
    }

    Ruling ruling() {
        return ruling;
    }

    private boolean free() {
        return game.whiteCell().adjudication() == SaveMeta.Adjudication.FREE;
    }

    /** Selectable rows: the rolls, then (free adjudication) the values set directly. */
    private int items() {
        return ruling.rolls().size() + (free() ? ruling.adjustments().size() : 0);
    }

    @Override
    public void draw(Canvas c) {
        GameState s = game.state();
        Bars.header(c, Ui.t("ruling.title", s.turn(), s.year()), Ui.t("adjudication." + game.whiteCell().adjudication().id()));
        int w = c.width();
        Action.Commit held = ruling.commit();
        for (Side side : Side.values()) {
            Variant v;
            String why;
            if (side == held.side()) {
                v = Variant.byId(held.variantId()).orElse(null);
                why = held.rationale();
            } else {
                GameState.Commitment cm = s.commitment(side);
                v = cm == null ? null : cm.variant();
                why = cm == null ? "" : cm.rationale();
            }
            String what = v == null ? "" : Ui.t("roleof." + v.role(side), Text.title(v));
            int col = c.text(1, side.ordinal() + 1, side.displayName() + ": ", side == Side.MOSCOW ? Role.MOSCOW
                    : Role.BEIJING);
            col += c.text(1 + col, side.ordinal() + 1, what, Role.BOLD);
            if (!why.isEmpty()) {
                c.text(1 + col, side.ordinal() + 1, "  " + Ui.t("reveal.reason", why), Role.DIM);
            }
        }
        c.hline(0, 3, w, Role.DIM);
        int areaTop = 4;
        int bottom = c.height() - 2;
        page = Math.max(1, bottom - areaTop);
        List<Integer> itemRows = new ArrayList<>();
        Doc d = build(w - 3, itemRows);
        selected = Math.max(0, Math.min(selected, Math.max(0, items() - 1)));
        if (follow && !itemRows.isEmpty()) {
            int r = itemRows.get(Math.min(selected, itemRows.size() - 1));
            if (r < top) {
                top = Math.max(0, r - 1);
            }
            if (r >= top + page) {
                top = r - page + 1;
            }
        }
        top = Math.max(0, Math.min(top, Math.max(0, d.size() - page)));
        for (int i = 0; i < page && top + i < d.size(); i++) {
            c.spans(1, areaTop + i, w - 3, d.rows().get(top + i));
        }
        if (top > 0) {
            c.text(w - 1, areaTop, 1, c.glyphs().up(), Role.KEY);
        }
        if (top + page < d.size()) {
            c.text(w - 1, bottom - 1, 1, c.glyphs().down(), Role.KEY);
        }
        if (!message.isEmpty()) {
            c.text(0, bottom, c.fitEllipsis(Canvas.clean(message), w), messageRole);
        } else {
            c.text(0, bottom, c.fitEllipsis(Ui.t(ruling.changed() ? "ruling.hint_changed" : "ruling.hint"), w),
                    Role.DIM);
        }
        String keys = Ui.t(free() ? "keys.ruling_free" : "keys.ruling") + "|"
                + Ui.t(ruling.changed() ? "keys.ruling_rule" : "keys.ruling_accept") + "|" + Ui.t("keys.ruling_tail");
        Bars.keys(c, c.height() - 1, keys);
    }

    /** The proposal as a document; {@code itemRows} receives the row of each selectable item. */
    /**
     * One roll of a ruling: its name, odds, draw and the dice's result, then the ruling's when it was
     * overturned (on a row of its own when the line would not fit {@code width}). The local and the remote
     * ruling screens both draw rolls with this.
     */
    static void rollRow(Doc d, Ruling.RollRow rr, boolean selected, Glyphs glyphs, int width) {
        Event.Roll r = rr.roll();
        String line = (selected ? glyphs.pointer() + " " : "  ") + Story.rollName(r.kind(), r.subject()) + ": "
                + Ui.t("ruling.roll", r.odds(), r.draw()) + " ";
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(line, selected ? Role.SELECTED : Role.NORMAL));
        String dice = Ui.t(r.success() ? "story.yes" : "story.no");
        spans.add(new Span(dice, r.success() ? Role.GOOD : Role.BAD));
        if (rr.override() != null) {
            String ruled = Ui.t("ruling.overturned", Ui.t(rr.result() ? "story.yes" : "story.no"));
            if (Canvas.columns(line + dice + " " + ruled) <= width) {
                spans.add(new Span(" " + ruled, Role.WARN));
            } else {
                d.row(spans);
                spans = new ArrayList<>();
                spans.add(new Span("    " + ruled, Role.WARN));
            }
        }
        d.row(spans);
    }

    Doc build(int width, List<Integer> itemRows) {
        Doc d = new Doc(width);
        List<Ruling.RollRow> rolls = ruling.rolls();
        d.row(new Span(Ui.t("ruling.rolls"), Role.HEADER));
        if (rolls.isEmpty()) {
            d.para(Ui.t("ruling.no_rolls"), Role.DIM, 2, 2);
        }
        int item = 0;
        for (Ruling.RollRow rr : rolls) {
            itemRows.add(d.size());
            rollRow(d, rr, item == selected, game.glyphs(), width);
            item++;
        }
        if (free()) {
            d.heading(Ui.t("ruling.adjustments"));
            List<Scenario.CardEffect> adj = ruling.adjustments();
            if (adj.isEmpty()) {
                d.para(Ui.t("ruling.no_adjustments"), Role.DIM, 2, 2);
            }
            for (Scenario.CardEffect e : adj) {
                boolean sel = item == selected;
                itemRows.add(d.size());
                d.row(new Span((sel ? game.glyphs().pointer() + " " : "  ") + Text.label(e.indicator()) + " "
                        + Narration.signed(e.delta(), 1), sel ? Role.SELECTED : Role.WARN));
                item++;
            }
        }
        d.heading(Ui.t("ruling.outcome"));
        Story story = new Story(d, game.info(), game.glyphs());
        outcome(story, ruling);
        return d;
    }

    @Override
    public void key(KeyStroke k) {
        message = "";
        int rolls = ruling.rolls().size();
        follow = !Keys.is(k, KeyType.PageDown) && !Keys.is(k, KeyType.PageUp) && (follow || Keys.up(k)
                || Keys.down(k));
        if (Keys.is(k, KeyType.ArrowUp) || Keys.ch(k, 'k')) {
            selected = Math.max(0, selected - 1);
        } else if (Keys.is(k, KeyType.ArrowDown) || Keys.ch(k, 'j')) {
            selected = Math.min(Math.max(0, items() - 1), selected + 1);
        } else if (Keys.is(k, KeyType.PageDown)) {
            top += Math.max(1, page - 1);
        } else if (Keys.is(k, KeyType.PageUp)) {
            top = Math.max(0, top - Math.max(1, page - 1));
        } else if (Keys.ch(k, ' ') || Keys.ch(k, 'o')) {
            if (selected < rolls) {
                String why = ruling.flip(selected);
                if (why != null) {
                    say(why, Role.WARN);
                }
            }
        } else if (Keys.is(k, KeyType.Delete) || Keys.is(k, KeyType.Backspace)) {
            if (free() && selected >= rolls) {
                ruling.removeAdjustment(selected - rolls);
            }
        } else if (Keys.ch(k, 'a')) {
            if (!free()) {
                say(Ui.t("ruling.adjust_needs_free"), Role.WARN);
                return;
            }
            app.push(EffectForm.adjustment(app, game, e -> {
                String refused = ruling.addAdjustment(e);
                if (refused == null) {
                    selected = ruling.rolls().size() + ruling.adjustments().size() - 1;
                }
                return refused;
            }));
        } else if (Keys.ch(k, 'm')) {
            boolean toFree = !free();
            game.whiteCell().setAdjudication(toFree ? SaveMeta.Adjudication.FREE : SaveMeta.Adjudication.SEMI_RIGID);
            if (!toFree && !ruling.adjustments().isEmpty()) {
                ruling.clearAdjustments();
                say(Ui.t("ruling.adjustments_dropped"), Role.WARN);
            } else {
                say(Ui.t("console.mode_changed", Ui.t("adjudication." + game.whiteCell().adjudication().id())), Role.NORMAL);
            }
        } else if (Keys.enter(k)) {
            confirm();
        } else if (Keys.ch(k, 'l')) {
            app.push(new LogView(app, game, Audience.FACILITATOR));
        } else if (Keys.ch(k, 'q')) {
            game.whiteCell().leaveAsking();
        }
    }

    private void say(String s, Role role) {
        message = s;
        messageRole = role;
    }

    private void confirm() {
        if (!ruling.changed()) {
            app.push(new ConfirmView(app, Ui.t("ruling.accept_title", game.state().turn()),
                    Ui.t("ruling.accept_question"), () -> {
                        String refused = game.whiteCell().rule(ruling.action(""));
                        if (refused != null) {
                            say(Ui.t("facil.refused", refused), Role.WARN);
                        }
                    }));
            return;
        }
        List<String> summary = new ArrayList<>();
        for (Ruling.RollRow rr : ruling.rolls()) {
            if (rr.override() != null) {
                Event.Roll r = rr.roll();
                summary.add(Ui.t("ruling.summary_override", Story.rollName(r.kind(), r.subject()),
                        Ui.t(r.success() ? "story.yes" : "story.no"), Ui.t(rr.result() ? "story.yes" : "story.no")));
            }
        }
        for (Scenario.CardEffect e : ruling.adjustments()) {
            summary.add(Ui.t("ruling.summary_adjustment", Text.label(e.indicator()), Narration.signed(e.delta(), 1)));
        }
        app.push(new PromptView(app, Ui.t("ruling.why_title", game.state().turn()), Ui.t("ruling.why_intro"),
                Ui.t("ruling.why_prompt"), Ui.t("ruling.why_required"), Engine.MAX_NOTE, why -> {
                    String refused = game.whiteCell().rule(ruling.action(why));
                    return refused == null ? null : Ui.t("facil.refused", refused);
                }).summary(summary));
    }

    /** Tells, in the facilitator's story, what a ruling's rolls lead to this year (not the rolls themselves). */
    static void outcome(Story story, Ruling ruling) {
        for (Event e : Audience.FACILITATOR.redact(ruling.events())) {
            if (e instanceof Event.TurnStarted) {
                break; // the next year's cards are not part of this ruling
            }
            if (e instanceof Event.Roll || e instanceof Event.Overridden || e instanceof Event.ChoicesRevealed
                    || e instanceof Event.ChoiceCommitted || e instanceof Event.Adjudicated) {
                continue;
            }
            story.add(e, false);
        }
    }
}
