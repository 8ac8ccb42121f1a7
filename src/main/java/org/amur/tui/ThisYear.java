package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.scenario.ScenarioInfo;
import org.amur.session.Session;

/**
 * This year's events as a seat may see them, one loader and one way of drawing them for the local turn screen,
 * the remote seats and the briefings: the cards that opened the current turn and the cards the facilitator
 * played in it. Cards are public; the loader redacts them for the audience all the same (a card's change to
 * a hidden value is left out), so a seat's screen shows nothing it may not see.
 */
public final class ThisYear {
    private ThisYear() {
    }

    /**
     * The current turn's drawn and played cards, in the order they happened, redacted for {@code audience};
     * empty once the game is over.
     */
    public static List<Event> of(Session session, Audience audience) {
        List<Event> out = new ArrayList<>();
        GameState s = session.state();
        if (s.isOver() || s.turn() < 1 || s.turn() > session.resolvedTurns() + 1) {
            return out;
        }
        for (Event e : audience.redact(session.eventsOfTurn(s.turn()))) {
            if (e instanceof Event.CardDrawn || e instanceof Event.Injected) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The "This year:" line at {@code row}: the facilitator's cards first (they are this turn's news), then the
     * year's, cut where a title would begin so the hint saying where to read them whole stays.
     */
    static void line(Canvas c, int row, List<Event> events) {
        int col = c.text(0, row, Ui.t("turn.events") + " ", Role.BOLD);
        if (events.isEmpty()) {
            c.text(col, row, c.fitEllipsis(Ui.t("turn.no_events"), Math.max(0, c.width() - col)), Role.DIM);
            return;
        }
        List<String> titles = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Event.Injected i) {
                titles.add(Ui.t("turn.injected", i.title()));
            }
        }
        for (Event e : events) {
            if (e instanceof Event.CardDrawn cd) {
                titles.add(cd.title());
            }
        }
        // the titles give way to the hint, which says where to read them whole
        String more = "  " + Ui.t("turn.events_more");
        String all = Canvas.clean(String.join("; ", titles));
        int room = Math.max(0, c.width() - col - Canvas.columns(more));
        String shown = c.fitEllipsis(all, room);
        if (!shown.equals(all)) {
            // cut where the next title would begin: the ellipsis follows the last title shown, not its "; "
            String cut = Canvas.fit(all, Math.max(0, room - Canvas.columns(c.glyphs().ellipsis()))).stripTrailing();
            shown = (cut.endsWith(";") ? cut.substring(0, cut.length() - 1) : cut) + c.glyphs().ellipsis();
        }
        c.text(col, row, c.fitEllipsis(shown + more, c.width() - col), Role.WARN);
    }

    /** The briefing's section on the year's events: each card with its text and changes. */
    static void doc(Doc d, ScenarioInfo info, Glyphs glyphs, int year, List<Event> events) {
        d.heading(Ui.t("briefing.events", year));
        if (events.isEmpty()) {
            d.para(Ui.t("turn.no_events"), Role.DIM);
        }
        Story story = new Story(d, info, glyphs);
        for (Event e : events) {
            if (e instanceof Event.CardDrawn) {
                story.add(e, false);
            }
        }
        for (Event e : events) {
            if (e instanceof Event.Injected) {
                story.add(e, false);
            }
        }
    }
}
