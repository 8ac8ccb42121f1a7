package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Engine;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Text;

/**
 * The facilitator picks an event card of the scenario's deck to play now: the list with each card's
 * title and effects, and the highlighted card's text, source and what it would change from today's
 * values. Enter asks for an optional reason and injects it.
 */
final class InjectCardView implements View {
    private final App app;
    private final Game game;
    private final List<Scenario.Card> deck;
    private int index;
    private int top;

    InjectCardView(App app, Game game) {
        this.app = app;
        this.game = game;
        this.deck = game.engine().scenario().deck();
    }

    /** {@code US-CN risk +6, W. pressure +1}: a card's effects in a few words. */
    static String effects(List<Scenario.CardEffect> fx) {
        List<String> parts = new ArrayList<>();
        for (Scenario.CardEffect e : fx) {
            parts.add(Text.label(e.indicator()) + " " + Narration.signed(e.delta(), 1));
        }
        return parts.isEmpty() ? Ui.t("inject.no_effects") : String.join(", ", parts);
    }

    Scenario.Card selected() {
        return deck.isEmpty() ? null : deck.get(index);
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("inject.title", game.state().turn()), Ui.t("inject.count", deck.size()));
        int w = c.width();
        int listH = Math.max(3, Math.min(deck.size(), (c.height() - 4) / 2));
        if (deck.isEmpty()) {
            c.text(2, 2, Ui.t("inject.empty_deck"), Role.DIM);
        }
        if (index < top) {
            top = index;
        }
        if (index >= top + listH) {
            top = index - listH + 1;
        }
        int titleW = Math.min(44, w / 2);
        for (int i = 0; i < listH && top + i < deck.size(); i++) {
            Scenario.Card card = deck.get(top + i);
            boolean sel = top + i == index;
            int y = 1 + i;
            if (sel) {
                c.fill(0, y, w, Role.SELECTED);
            }
            String mark = sel ? c.glyphs().pointer() + " " : "  ";
            c.text(0, y, titleW, mark + card.title(), sel ? Role.SELECTED : Role.NORMAL);
            c.text(titleW + 1, y, w - titleW - 1, c.fitEllipsis(effects(card.effects()), w - titleW - 2),
                    sel ? Role.SELECTED : Role.DIM);
        }
        if (deck.size() > listH) {
            if (top > 0) {
                c.text(w - 1, 1, 1, c.glyphs().up(), Role.KEY);
            }
            if (top + listH < deck.size()) {
                c.text(w - 1, listH, 1, c.glyphs().down(), Role.KEY);
            }
        }
        int row = 1 + listH;
        c.hline(0, row++, w, Role.DIM);
        Scenario.Card card = selected();
        if (card != null) {
            Doc d = details(card, w - 2, c.glyphs());
            for (int i = 0; i < d.size() && row < c.height() - 1; i++) {
                c.spans(1, row++, w - 2, d.rows().get(i));
            }
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.inject"));
    }

    private Doc details(Scenario.Card card, int width, Glyphs glyphs) {
        Doc d = new Doc(width);
        d.para(card.title() + "  [" + (card.citation() == null ? org.amur.engine.Citation.ASSUMPTION : card.citation()) + "]", Role.BOLD);
        for (Scenario.CardEffect e : card.effects()) {
            double now = game.state().get(e.indicator());
            double then = e.indicator().clamp(now + e.delta());
            d.para(Ui.t("inject.effect", Text.label(e.indicator()), Narration.number(now, 1),
                    Narration.number(then, 1), Narration.signed(e.delta(), 1), glyphs.arrow()),
                    e.delta() >= 0 ? Role.UP : Role.DOWN,
                    2, 2);
        }
        String text = game.info().cardTexts().get(card.id());
        if (text != null && !text.isBlank()) {
            d.para(text, Role.NORMAL);
        }
        return d;
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.up(k)) {
            index = Math.max(0, index - 1);
        } else if (Keys.down(k)) {
            index = Math.min(Math.max(0, deck.size() - 1), index + 1);
        } else if (Keys.back(k)) {
            app.pop();
        } else if (Keys.enter(k) && selected() != null) {
            Scenario.Card card = selected();
            List<String> summary = new ArrayList<>();
            summary.add(card.title());
            summary.add(effects(card.effects()));
            app.push(new PromptView(app, Ui.t("inject.title", game.state().turn()),
                    Ui.t("inject.confirm", game.state().turn()), Ui.t("inject.why"), null, Engine.MAX_NOTE, why -> {
                        String refused = game.whiteCell().inject(card.id(), null, null, why);
                        if (refused != null) {
                            return Ui.t("facil.refused", refused);
                        }
                        game.whiteCell().tell(Ui.t("inject.done", card.title()), false);
                        return null;
                    }).summary(summary).then(() -> {
                        if (app.top() == this) {
                            app.pop();
                        }
                    }));
        }
    }
}
