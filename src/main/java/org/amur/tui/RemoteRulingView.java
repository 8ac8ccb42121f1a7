package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * The facilitator's ruling on a remote table (semi-rigid adjudication), as in local facilitated play: both
 * choices, every roll of the engine's proposal and what would follow. Space overturns the highlighted roll;
 * Enter accepts the outcome, or asks for the ruling's reason once a roll was overturned. The outcome shown is
 * the table's own {@code preview} of the ruling as it stands, so it is exactly what confirming does; the
 * ruling goes through the table's match and is logged like any other action.
 */
final class RemoteRulingView implements View {
    private final App app;
    private final Remote.Table table;
    private final Ruling ruling;
    private final List<Action.Commit> choices;
    private final int turn;
    private int selected;
    private int top;
    private int page = 10;
    private String message = "";
    private Role messageRole = Role.NORMAL;
    private boolean leaving;

    /** {@code s}: the facilitator's snapshot with a ruling waiting. */
    RemoteRulingView(App app, Remote.Table table, Remote.Snapshot s) {
        this.app = app;
        this.table = table;
        // the first choice of the turn, then the one held for the ruling; shown Moscow first
        this.choices = s.ruling().stream().sorted(java.util.Comparator.comparing(Action.Commit::side)).toList();
        this.turn = s.turn();
        this.ruling = new Ruling(s.ruling().get(1), table::preview);
    }

    @Override
    public void draw(Canvas c) {
        // the turn was resolved or the choice taken back meanwhile: nothing is left to rule on
        Remote.Snapshot now = table.snapshot(Remote.Role.FACILITATOR);
        if ((now.turn() != turn || now.ruling().isEmpty()) && !leaving) {
            leaving = true;
            app.post(app::pop);
        }
        Bars.header(c, Ui.t("ruling.title", turn, now.year()) + " " + c.glyphs().dot() + " "
                + Ui.t("remote.table", now.table()), Ui.t("adjudication.semi-rigid"));
        int w = c.width();
        for (Action.Commit cm : choices) {
            Side side = cm.side();
            Variant v = Variant.byId(cm.variantId()).orElse(null);
            String what = v == null ? "" : Ui.t("roleof." + v.role(side), Text.title(v));
            int col = c.text(1, side.ordinal() + 1, side.displayName() + ": ", side == Side.MOSCOW ? Role.MOSCOW
                    : Role.BEIJING);
            col += c.text(1 + col, side.ordinal() + 1, what, Role.BOLD);
            if (cm.rationale() != null && !cm.rationale().isEmpty()) {
                c.text(1 + col, side.ordinal() + 1, "  " + Ui.t("reveal.reason", Canvas.clean(cm.rationale())),
                        Role.DIM);
            }
        }
        c.hline(0, 3, w, Role.DIM);
        int areaTop = 4;
        int bottom = c.height() - 2;
        page = Math.max(1, bottom - areaTop);
        List<Integer> itemRows = new ArrayList<>();
        Doc d = build(w - 3, itemRows, c.glyphs());
        int items = ruling.rolls().size();
        selected = Math.max(0, Math.min(selected, Math.max(0, items - 1)));
        if (!itemRows.isEmpty()) {
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
        if (!message.isEmpty()) {
            c.text(0, bottom, c.fitEllipsis(Canvas.clean(message), w), messageRole);
        } else {
            c.text(0, bottom, c.fitEllipsis(Ui.t(ruling.changed() ? "ruling.hint_changed" : "ruling.hint"), w),
                    Role.DIM);
        }
        Bars.keys(c, c.height() - 1, Ui.t("remote.keys.ruling") + "|"
                + Ui.t(ruling.changed() ? "keys.ruling_rule" : "keys.ruling_accept") + "|"
                + Ui.t("remote.keys.ruling_tail"));
    }

    private Doc build(int width, List<Integer> itemRows, Glyphs glyphs) {
        Doc d = new Doc(width);
        List<Ruling.RollRow> rolls = ruling.rolls();
        d.row(new Span(Ui.t("ruling.rolls"), Role.HEADER));
        if (rolls.isEmpty()) {
            d.para(Ui.t("ruling.no_rolls"), Role.DIM, 2, 2);
        }
        int item = 0;
        for (Ruling.RollRow rr : rolls) {
            itemRows.add(d.size());
            RulingView.rollRow(d, rr, item == selected, glyphs, width);
            item++;
        }
        d.heading(Ui.t("ruling.outcome"));
        Story story = new Story(d, table.info(), glyphs);
        RulingView.outcome(story, ruling);
        return d;
    }

    @Override
    public void key(KeyStroke k) {
        message = "";
        int rolls = ruling.rolls().size();
        if (Keys.up(k)) {
            selected = Math.max(0, selected - 1);
        } else if (Keys.down(k)) {
            selected = Math.min(Math.max(0, rolls - 1), selected + 1);
        } else if (Keys.is(k, KeyType.PageDown)) {
            top += Math.max(1, page - 1);
        } else if (Keys.is(k, KeyType.PageUp)) {
            top = Math.max(0, top - Math.max(1, page - 1));
        } else if (Keys.ch(k, ' ') || Keys.ch(k, 'o')) {
            String why = ruling.flip(selected);
            if (why != null) {
                message = why;
                messageRole = Role.WARN;
            }
        } else if (Keys.enter(k)) {
            confirm();
        } else if (Keys.is(k, KeyType.Escape) || Keys.ch(k, 'q')) {
            app.pop();
        }
    }

    private String rule(Action a) {
        return table.rule(a).map(r -> Ui.t("facil.refused", r)).orElse(null);
    }

    private void confirm() {
        if (!ruling.changed()) {
            app.push(new ConfirmView(app, Ui.t("ruling.accept_title", turn), Ui.t("ruling.accept_question"), () -> {
                String refused = rule(ruling.action(""));
                if (refused != null) {
                    message = refused;
                    messageRole = Role.WARN;
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
        app.push(new PromptView(app, Ui.t("ruling.why_title", turn), Ui.t("ruling.why_intro"),
                Ui.t("ruling.why_prompt"), Ui.t("ruling.why_required"), Engine.MAX_NOTE,
                why -> rule(ruling.action(why))).summary(summary));
    }

    @Override
    public View help(App a) {
        return RemoteHelpView.of(a, Remote.Role.FACILITATOR);
    }
}
