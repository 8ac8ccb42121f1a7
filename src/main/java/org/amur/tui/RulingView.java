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
import org.amur.scenario.ScenarioInfo;

/**
 * The facilitator rules on a turn (semi-rigid or free adjudication) once both sides have chosen: the
 * two choices, the engine's proposal with every roll (kind, odds, draw, result) and what would follow
 * from it. Space overturns the highlighted roll; in free adjudication values can also be set directly.
 * The outcome shown is always recomputed for the ruling as it stands. Enter accepts the engine's
 * outcome or, when something was changed, asks for the mandatory rationale and resolves the turn.
 *
 * <p>One screen with two back ends ({@link Bench}): the local game's white cell ({@link #local}) and a
 * remote table of the classroom server ({@link #remote}), whose outcome is the table's own preview of the
 * ruling and whose ruling goes through the table's match. Only the local one can switch to free rulings.
 */
final class RulingView implements View {
    /** Where a ruling comes from and goes to: the local white cell or a remote table. */
    interface Bench {
        /** The turn ruled on and its year. */
        int turn();

        int year();

        /** The header's title (the remote one names the table). */
        String title(Glyphs g);

        /** The adjudication in force, as the header shows it. */
        String adjudication();

        /** Both sides' choices this turn, the held one included (a side not yet known is left out). */
        List<Action.Commit> choices();

        /** The scenario's words, for the names of rolls and events. */
        ScenarioInfo info();

        /** The ruling resolves the turn: {@code null} when done, else one sentence why not. */
        String rule(Action a);

        /** Whether the turn was resolved or the choice taken back meanwhile (nothing left to rule on). */
        default boolean gone() {
            return false;
        }

        /** Whether values can be set directly now (free adjudication). */
        default boolean free() {
            return false;
        }

        /** Whether this bench can switch between semi-rigid and free rulings ({@code m}). */
        default boolean canSwitch() {
            return false;
        }

        /** Switches semi-rigid / free (only when {@link #canSwitch}). */
        default void setFree(boolean free) {
        }

        /** The form that sets a value directly (only when {@link #canSwitch}). */
        default View adjustment(App app, java.util.function.Function<Scenario.CardEffect, String> add) {
            return null;
        }

        /** The key bar: its head for the rows and its tail (log, help, leave). */
        String keysHead();

        String keysTail();

        /** The facilitator's log, or {@code null} where there is none to show here. */
        default View log(App app) {
            return null;
        }

        /** Leaves the screen: {@code q}, or {@code Esc} when {@code escape}. */
        void leave(App app, boolean escape);

        /** The help {@code ?} opens. */
        default View help(App app) {
            return new HelpView(app);
        }
    }

    private final App app;
    private final Bench bench;
    private final Ruling ruling;
    private final Glyphs glyphs;
    private int selected;
    private int top;
    private int page = 10;
    /** Whether the window follows the highlighted item (moving it does; paging frees the window). */
    private boolean follow = true;
    private String message = "";
    private Role messageRole = Role.NORMAL;
    private boolean leaving;

    private RulingView(App app, Bench bench, Ruling ruling) {
        this.app = app;
        this.bench = bench;
        this.ruling = ruling;
        this.glyphs = app.config().glyphs();
    }

    /** The ruling of the local game's white cell on its held choice. */
    static RulingView local(App app, Game game) {
        return new RulingView(app, new Local(game), new Ruling(game.whiteCell().held(), game.match()::preview));
    }

    /** The ruling on a remote table; {@code s}: the facilitator's snapshot with a ruling waiting. */
    static RulingView remote(App app, Remote.Table table, Remote.Snapshot s) {
        return new RulingView(app, new RemoteBench(table, s), new Ruling(s.ruling().get(1), table::preview));
    }

    Ruling ruling() {
        return ruling;
    }

    /** Selectable rows: the rolls, then (free adjudication) the values set directly. */
    private int items() {
        return ruling.rolls().size() + (bench.free() ? ruling.adjustments().size() : 0);
    }

    @Override
    public void draw(Canvas c) {
        if (bench.gone() && !leaving) {
            leaving = true;
            app.post(app::pop);
        }
        Bars.header(c, bench.title(c.glyphs()), bench.adjudication());
        int w = c.width();
        List<Action.Commit> cut = new ArrayList<>();
        for (Action.Commit cm : bench.choices()) {
            Side side = cm.side();
            Variant v = Variant.byId(cm.variantId()).orElse(null);
            String what = v == null ? "" : Ui.t("roleof." + v.role(side), Text.title(v));
            int col = c.text(1, side.ordinal() + 1, side.displayName() + ": ", side == Side.MOSCOW ? Role.MOSCOW
                    : Role.BEIJING);
            col += c.text(1 + col, side.ordinal() + 1, what, Role.BOLD);
            if (cm.rationale() != null && !cm.rationale().isEmpty()) {
                String why = "  " + Ui.t("reveal.reason", Canvas.clean(cm.rationale()));
                c.text(1 + col, side.ordinal() + 1, why, Role.DIM);
                if (1 + col + Canvas.columns(why) > w) {
                    cut.add(cm); // ends in an ellipsis here, given whole under the dice
                }
            }
        }
        c.hline(0, 3, w, Role.DIM);
        int areaTop = 4;
        int bottom = c.height() - 2;
        page = Math.max(1, bottom - areaTop);
        List<Integer> itemRows = new ArrayList<>();
        selected = Math.max(0, Math.min(selected, Math.max(0, items() - 1)));
        Doc d = build(w - 3, itemRows, cut);
        if (follow && !itemRows.isEmpty()) {
            // the whole highlighted item stays in view: its first row and, once overturned, the ruling's row
            int i = Math.min(selected, itemRows.size() - 1);
            int first = itemRows.get(i);
            int last = Math.min(first + page - 1, (i + 1 < itemRows.size() ? itemRows.get(i + 1) : itemRowsEnd) - 1);
            if (last >= top + page) {
                top = last - page + 1;
            }
            if (first < top) {
                top = Math.max(0, first - 1);
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
        Bars.keys(c, c.height() - 1, bench.keysHead() + "|"
                + Ui.t(ruling.changed() ? "keys.ruling_rule" : "keys.ruling_accept") + "|" + bench.keysTail());
    }

    /**
     * One roll of a ruling: its name, odds, draw and the dice's result, then the ruling's when it was
     * overturned (on a row of its own when the line would not fit {@code width}).
     */
    static void rollRow(Doc d, Ruling.RollRow rr, boolean selected, Glyphs glyphs, int width) {
        Event.Roll r = rr.roll();
        String line = (selected ? glyphs.pointer() + " " : "  ") + rr.name() + ": "
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

    /** The row after the last selectable item of the document built last. */
    private int itemRowsEnd;

    /**
     * The proposal as a document; {@code itemRows} receives the row of each selectable item; the reasons
     * of {@code cutReasons} (cut short in the header) are given whole after the dice.
     */
    Doc build(int width, List<Integer> itemRows, List<Action.Commit> cutReasons) {
        Doc d = new Doc(width);
        List<Ruling.RollRow> rolls = ruling.rolls();
        d.row(new Span(Ui.t("ruling.rolls"), Role.HEADER));
        if (rolls.isEmpty()) {
            d.para(Ui.t("ruling.no_rolls"), Role.DIM, 2, 2);
        }
        int item = 0;
        for (Ruling.RollRow rr : rolls) {
            itemRows.add(d.size());
            rollRow(d, rr, item == selected, glyphs, width);
            item++;
        }
        if (bench.free()) {
            d.heading(Ui.t("ruling.adjustments"));
            List<Scenario.CardEffect> adj = ruling.adjustments();
            if (adj.isEmpty()) {
                d.para(Ui.t("ruling.no_adjustments"), Role.DIM, 2, 2);
            }
            for (Scenario.CardEffect e : adj) {
                boolean sel = item == selected;
                itemRows.add(d.size());
                d.row(new Span((sel ? glyphs.pointer() + " " : "  ") + Text.label(e.indicator()) + " "
                        + Narration.signed(e.delta(), 1), sel ? Role.SELECTED : Role.WARN));
                item++;
            }
        }
        itemRowsEnd = d.size();
        if (!cutReasons.isEmpty()) {
            d.heading(Ui.t("reveal.reasons_whole"));
            for (Action.Commit cm : cutReasons) {
                d.para(cm.side().displayName() + ": " + cm.rationale(), cm.side() == Side.MOSCOW ? Role.MOSCOW
                        : Role.BEIJING);
            }
        }
        d.heading(Ui.t("ruling.outcome"));
        Story story = new Story(d, bench.info(), glyphs);
        outcome(story, ruling);
        return d;
    }

    @Override
    public void key(KeyStroke k) {
        message = "";
        int rolls = ruling.rolls().size();
        follow = !Keys.is(k, KeyType.PageDown) && !Keys.is(k, KeyType.PageUp) && (follow || Keys.up(k)
                || Keys.down(k));
        if (Keys.up(k)) {
            selected = Math.max(0, selected - 1);
        } else if (Keys.down(k)) {
            selected = Math.min(Math.max(0, items() - 1), selected + 1);
        } else if (Keys.is(k, KeyType.PageDown)) {
            top += Math.max(1, page - 1);
        } else if (Keys.is(k, KeyType.PageUp)) {
            top = Math.max(0, top - Math.max(1, page - 1));
        } else if (Keys.ch(k, ' ') || Keys.ch(k, 'o')) {
            follow = true; // the roll just changed is brought into view, whatever was paged to before
            if (selected < rolls) {
                String why = ruling.flip(selected);
                if (why != null) {
                    say(why, Role.WARN);
                }
            }
        } else if (Keys.is(k, KeyType.Delete) || Keys.is(k, KeyType.Backspace)) {
            if (bench.free() && selected >= rolls) {
                ruling.removeAdjustment(selected - rolls);
            }
        } else if (Keys.ch(k, 'a') && bench.canSwitch()) {
            if (!bench.free()) {
                say(Ui.t("ruling.adjust_needs_free"), Role.WARN);
                return;
            }
            app.push(bench.adjustment(app, e -> {
                String refused = ruling.addAdjustment(e);
                if (refused == null) {
                    selected = ruling.rolls().size() + ruling.adjustments().size() - 1;
                }
                return refused;
            }));
        } else if (Keys.ch(k, 'm') && bench.canSwitch()) {
            boolean toFree = !bench.free();
            bench.setFree(toFree);
            if (!toFree && !ruling.adjustments().isEmpty()) {
                ruling.clearAdjustments();
                say(Ui.t("ruling.adjustments_dropped"), Role.WARN);
            } else {
                say(Ui.t("console.mode_changed", bench.adjudication()), Role.NORMAL);
            }
        } else if (Keys.enter(k)) {
            confirm();
        } else if (Keys.ch(k, 'l') && bench.log(app) != null) {
            app.push(bench.log(app));
        } else if (Keys.ch(k, 'q') || Keys.is(k, KeyType.Escape)) {
            bench.leave(app, Keys.is(k, KeyType.Escape));
        }
    }

    private void say(String s, Role role) {
        message = s;
        messageRole = role;
    }

    private String rule(Action a) {
        String refused = bench.rule(a);
        return refused == null ? null : Ui.t("facil.refused", refused);
    }

    private void confirm() {
        if (!ruling.changed()) {
            app.push(new ConfirmView(app, Ui.t("ruling.accept_title", bench.turn()),
                    Ui.t("ruling.accept_question"), () -> {
                        String refused = rule(ruling.action(""));
                        if (refused != null) {
                            say(refused, Role.WARN);
                        }
                    }));
            return;
        }
        List<String> summary = new ArrayList<>();
        for (Ruling.RollRow rr : ruling.rolls()) {
            if (rr.override() != null) {
                Event.Roll r = rr.roll();
                summary.add(Ui.t("ruling.summary_override", rr.name(),
                        Ui.t(r.success() ? "story.yes" : "story.no"), Ui.t(rr.result() ? "story.yes" : "story.no")));
            }
        }
        for (Scenario.CardEffect e : ruling.adjustments()) {
            summary.add(Ui.t("ruling.summary_adjustment", Text.label(e.indicator()), Narration.signed(e.delta(), 1)));
        }
        app.push(new PromptView(app, Ui.t("ruling.why_title", bench.turn()), Ui.t("ruling.why_intro"),
                Ui.t("ruling.why_prompt"), Ui.t("ruling.why_required"), Engine.MAX_NOTE,
                why -> rule(ruling.action(why))).summary(summary));
    }

    @Override
    public View help(App a) {
        return bench.help(a);
    }

    /** The local game's white cell: its held choice, the state's other choice, its adjudication and log. */
    private static final class Local implements Bench {
        private final Game game;

        Local(Game game) {
            this.game = game;
        }

        @Override
        public int turn() {
            return game.state().turn();
        }

        @Override
        public int year() {
            return game.state().year();
        }

        @Override
        public String title(Glyphs g) {
            return Ui.t("ruling.title", turn(), year());
        }

        @Override
        public String adjudication() {
            return Ui.t("adjudication." + game.whiteCell().adjudication().id());
        }

        @Override
        public List<Action.Commit> choices() {
            Action.Commit held = game.whiteCell().held();
            List<Action.Commit> out = new ArrayList<>();
            for (Side side : Side.values()) {
                if (side == held.side()) {
                    out.add(held);
                } else {
                    GameState.Commitment cm = game.state().commitment(side);
                    if (cm != null) {
                        out.add(new Action.Commit(side, cm.variant().id(), cm.rationale()));
                    }
                }
            }
            return out;
        }

        @Override
        public ScenarioInfo info() {
            return game.info();
        }

        @Override
        public String rule(Action a) {
            return game.whiteCell().rule(a);
        }

        @Override
        public boolean free() {
            return game.whiteCell().adjudication() == SaveMeta.Adjudication.FREE;
        }

        @Override
        public boolean canSwitch() {
            return true;
        }

        @Override
        public void setFree(boolean free) {
            game.whiteCell().setAdjudication(free ? SaveMeta.Adjudication.FREE : SaveMeta.Adjudication.SEMI_RIGID);
        }

        @Override
        public View adjustment(App app, java.util.function.Function<Scenario.CardEffect, String> add) {
            return EffectForm.adjustment(app, game, add);
        }

        @Override
        public String keysHead() {
            return Ui.t(free() ? "keys.ruling_free" : "keys.ruling");
        }

        @Override
        public String keysTail() {
            return Ui.t("keys.ruling_tail");
        }

        @Override
        public View log(App app) {
            return new LogView(app, game, Audience.FACILITATOR);
        }

        @Override
        public void leave(App app, boolean escape) {
            if (!escape) {
                game.whiteCell().leaveAsking();
            }
        }
    }

    /** A remote table: the choices from the facilitator's snapshot, the ruling through the table's match. */
    private static final class RemoteBench implements Bench {
        private final Remote.Table table;
        private final List<Action.Commit> choices;
        private final int turn;

        RemoteBench(Remote.Table table, Remote.Snapshot s) {
            this.table = table;
            // the first choice of the turn, then the one held for the ruling; shown Moscow first
            this.choices = s.ruling().stream().sorted(java.util.Comparator.comparing(Action.Commit::side)).toList();
            this.turn = s.turn();
        }

        private Remote.Snapshot now() {
            return table.snapshot(Remote.Role.FACILITATOR);
        }

        @Override
        public boolean gone() {
            Remote.Snapshot now = now();
            return now.turn() != turn || now.ruling().isEmpty();
        }

        @Override
        public int turn() {
            return turn;
        }

        @Override
        public int year() {
            return now().year();
        }

        @Override
        public String title(Glyphs g) {
            Remote.Snapshot now = now();
            return Ui.t("ruling.title", turn, now.year()) + " " + g.dot() + " "
                    + Ui.t("remote.table", now.table());
        }

        @Override
        public String adjudication() {
            return Ui.t("adjudication.semi-rigid");
        }

        @Override
        public List<Action.Commit> choices() {
            return choices;
        }

        @Override
        public ScenarioInfo info() {
            return table.info();
        }

        @Override
        public String rule(Action a) {
            return table.rule(a).orElse(null);
        }

        @Override
        public String keysHead() {
            return Ui.t("remote.keys.ruling");
        }

        @Override
        public String keysTail() {
            return Ui.t("remote.keys.ruling_tail");
        }

        @Override
        public void leave(App app, boolean escape) {
            app.pop();
        }

        @Override
        public View help(App app) {
            return RemoteHelpView.of(app, Remote.Role.FACILITATOR);
        }
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
