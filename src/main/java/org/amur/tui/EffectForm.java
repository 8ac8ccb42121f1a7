package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.amur.engine.Engine;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Text;

/**
 * A small form for the facilitator's own changes to the state: a free-text event (title, up to three
 * changes, a reason) injected at the start of a turn, or one value set directly by a ruling. Each
 * change is an indicator, picked with the left and right arrows, and a signed amount typed in.
 * Whatever the engine refuses (a computed indicator, a late inject) comes back as its sentence.
 */
final class EffectForm extends TypingView {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,6}(\\.\\d{0,3})?|\\.\\d{1,3})");
    /** The values a facilitator may change: not the computed ones, not the alliance rung (only played moves climb it). */
    private static final Indicator[] INDICATORS = java.util.Arrays.stream(Indicator.values())
            .filter(i -> !i.derived() && i != Indicator.ALLIANCE_LEVEL).toArray(Indicator[]::new);

    /** One row of the form. */
    private enum Kind { TITLE, CHANGE, REASON, SUBMIT }

    private final Game game;
    private final String title;
    private final String intro;
    private final String submitLabel;
    private final List<Kind> rows = new ArrayList<>();
    private final Function<EffectForm, String> submit;
    private final int changes;
    private final int[] indicator;
    private final String[] amount;
    private final TextField eventTitle = new TextField(120);
    private final TextField reason = new TextField(Engine.MAX_NOTE);
    private int field;

    private EffectForm(App app, Game game, String title, String intro, String submitLabel, boolean text, int changes,
                       Function<EffectForm, String> submit) {
        super(app);
        this.game = game;
        this.title = title;
        this.intro = intro;
        this.submitLabel = submitLabel;
        this.changes = changes;
        this.submit = submit;
        this.indicator = new int[changes];
        this.amount = new String[changes];
        java.util.Arrays.fill(amount, "");
        if (text) {
            rows.add(Kind.TITLE);
        }
        for (int i = 0; i < changes; i++) {
            rows.add(Kind.CHANGE);
        }
        if (text) {
            rows.add(Kind.REASON);
        }
        rows.add(Kind.SUBMIT);
    }

    /** A free-text event for the start of this turn, injected through the engine. */
    static EffectForm freeEvent(App app, Game game) {
        return new EffectForm(app, game, Ui.t("event.title", game.state().turn()), Ui.t("event.intro"),
                Ui.t("event.submit"), true, 3, f -> {
                    List<Scenario.CardEffect> fx = new ArrayList<>();
                    String bad = f.changes(fx);
                    if (bad != null) {
                        return bad;
                    }
                    String refused = game.whiteCell().inject(null, f.eventTitle.text(), fx, f.reason.text());
                    if (refused != null) {
                        return Ui.t("facil.refused", refused);
                    }
                    game.whiteCell().tell(Ui.t("inject.done", f.eventTitle.text().strip()), false);
                    return null;
                });
    }

    /** One value set directly by a ruling; {@code add} answers with the engine's objection or null. */
    static EffectForm adjustment(App app, Game game, Function<Scenario.CardEffect, String> add) {
        return new EffectForm(app, game, Ui.t("adjust.title", game.state().turn()), Ui.t("adjust.intro"),
                Ui.t("adjust.submit"), false, 1, f -> {
                    List<Scenario.CardEffect> fx = new ArrayList<>();
                    String bad = f.changes(fx);
                    if (bad != null) {
                        return bad;
                    }
                    if (fx.isEmpty()) {
                        return Ui.t("adjust.needs_amount");
                    }
                    return add.apply(fx.get(0));
                });
    }

    /** The changes typed so far into {@code out}; returns a sentence if one cannot be read, else null. */
    String changes(List<Scenario.CardEffect> out) {
        for (int i = 0; i < changes; i++) {
            String a = amount[i].strip();
            if (a.isEmpty()) {
                continue;
            }
            Indicator ind = INDICATORS[indicator[i]];
            if (!NUMBER.matcher(a).matches()) {
                return Ui.t("form.bad_number", i + 1, Canvas.clean(a));
            }
            double d = Double.parseDouble(a);
            if (d == 0) {
                continue;
            }
            if (Math.abs(d) > ind.range()) {
                return Ui.t("form.too_large", i + 1, Text.label(ind), Narration.number(ind.min(), 0),
                        Narration.number(ind.max(), 0));
            }
            out.add(new Scenario.CardEffect(ind, d));
        }
        return null;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, title, Ui.t("turn.of", game.state().turn(), game.engine().scenario().turns(),
                game.state().year()));
        int w = c.width() - 2;
        int row = 2;
        for (String l : Canvas.wrap(intro, w)) {
            c.text(1, row++, l, Role.DIM);
        }
        row++;
        int gap = c.height() >= 30 ? 2 : 1;
        int labelW = 12;
        int x = 3 + labelW;
        cursor = null;
        int change = 0;
        for (int r = 0; r < rows.size(); r++) {
            Kind kind = rows.get(r);
            boolean sel = r == field;
            String mark = sel ? c.glyphs().pointer() + " " : "  ";
            if (kind == Kind.SUBMIT) {
                row += 2 - gap;
                c.text(1, row, mark + "[ " + submitLabel + " ]", sel ? Role.SELECTED : Role.BOLD);
                row += gap;
                continue;
            }
            String label = switch (kind) {
                case TITLE -> Ui.t("event.field_title");
                case REASON -> Ui.t("event.field_reason");
                default -> changes == 1 ? Ui.t("adjust.field") : Ui.t("event.field_change", change + 1);
            };
            c.text(1, row, mark + label, sel ? Role.BOLD : Role.NORMAL);
            if (kind == Kind.CHANGE) {
                Indicator ind = INDICATORS[indicator[change]];
                String pick = "< " + Text.label(ind) + " >";
                int used = c.text(x, row, w - x, pick, sel ? Role.SELECTED : Role.NORMAL);
                String a = amount[change].isEmpty() ? (sel ? "" : Ui.t("form.no_change")) : amount[change];
                int ax = x + used + 2;
                int aw = c.text(ax, row, Math.max(0, c.width() - ax - 1), a, amount[change].isEmpty() ? Role.DIM
                        : Role.NORMAL);
                if (sel) {
                    cursor = new int[] {Math.min(ax + (amount[change].isEmpty() ? 0 : aw), c.width() - 1), row};
                }
                change++;
            } else {
                TextField text = kind == Kind.TITLE ? eventTitle : reason;
                int col = text.drawLine(c, x, row, c.width() - x - 1, Role.NORMAL);
                if (sel) {
                    cursor = new int[] {col, row};
                }
            }
            row += gap;
        }
        row++;
        Kind kind = rows.get(field);
        List<String> notes = new ArrayList<>();
        if (kind == Kind.CHANGE) {
            Indicator ind = INDICATORS[indicator[changeIndex(field)]];
            notes.add(Ui.t("form.indicator_now", Text.label(ind), Narration.number(game.state().get(ind), 1),
                    Narration.number(ind.min(), 0), Narration.number(ind.max(), 0))
                    );
        }
        for (String n : notes) {
            for (String l : Canvas.wrap(n, w)) {
                if (row < c.height() - 1) {
                    c.text(1, row++, l, Role.DIM);
                }
            }
        }
        for (String l : Canvas.wrap(message, w)) {
            if (row < c.height() - 1) {
                c.text(1, row++, l, Role.WARN);
            }
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.form"));
    }

    private int changeIndex(int row) {
        int n = 0;
        for (int r = 0; r < row; r++) {
            if (rows.get(r) == Kind.CHANGE) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void key(KeyStroke k) {
        Kind kind = rows.get(field);
        if (Keys.is(k, KeyType.Escape)) {
            app.pop();
        } else if (Keys.is(k, KeyType.ArrowUp)) {
            field = (field + rows.size() - 1) % rows.size();
        } else if (Keys.is(k, KeyType.ArrowDown)) {
            field = (field + 1) % rows.size();
        } else if (Keys.enter(k)) {
            if (kind != Kind.SUBMIT) {
                field++;
                return;
            }
            answered(submit.apply(this));
        } else if (kind == Kind.CHANGE && (Keys.left(k) || Keys.right(k))) {
            int i = changeIndex(field);
            indicator[i] = (indicator[i] + (Keys.left(k) ? -1 : 1) + INDICATORS.length) % INDICATORS.length;
            message = "";
        } else if (kind == Kind.CHANGE) {
            editAmount(k);
        } else if (kind == Kind.TITLE || kind == Kind.REASON) {
            if ((kind == Kind.TITLE ? eventTitle : reason).key(k) && !Keys.ctrl(k, 'u')) {
                message = "";
            }
        } else if (Keys.edit("", k, 0) != null && !Keys.ctrl(k, 'u')) {
            message = ""; // typing on the submit button only clears the last message
        }
    }

    /** An amount takes only what a number is written with: digits, a point and a sign. */
    private void editAmount(KeyStroke k) {
        int i = changeIndex(field);
        if (Keys.ctrl(k, 'u')) {
            amount[i] = "";
            return;
        }
        if (Keys.is(k, KeyType.Backspace)) {
            message = "";
            amount[i] = amount[i].isEmpty() ? "" : amount[i].substring(0, amount[i].length() - 1);
        } else if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            message = "";
            char ch = k.getCharacter();
            if ((Character.isDigit(ch) || ch == '.' || ch == '-' || ch == '+') && amount[i].length() < 10) {
                amount[i] += ch;
            }
        }
    }
}
