package org.amur.tui;

import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.scenario.ScenarioInfo;

/** The scenario, a seat's briefing and objectives, and this year's event cards with their text. */
final class BriefingView extends DocView {
    private final Game game;
    private final Side side;

    /** @param side the seat whose briefing to show, or null for both (and the facilitator's notes) */
    BriefingView(App app, Game game, Side side) {
        super(app);
        this.game = game;
        this.side = side;
    }

    @Override
    String title() {
        return Ui.t("briefing.title", game.info().title());
    }

    @Override
    Doc build(int width) {
        return content(new Doc(width), game, side, true);
    }

    /** Shared with the introduction screen. */
    static Doc content(Doc d, Game game, Side side, boolean cards) {
        return content(d, game.info(), game.session().scenario(), game.glyphs(), game.state().year(),
                cards ? ThisYear.of(game.session(), game.seating().audience()) : null, side,
                side == null && game.seating().mode() == Seating.Mode.BOTS);
    }

    /**
     * The scenario's description, the year's events ({@code year} and {@code events}; none when null), the briefing
     * and objectives of {@code side} (both when null) and, if {@code notes}, the facilitator's notes: the local
     * briefing's and a remote seat's.
     */
    static Doc content(Doc d, ScenarioInfo info, org.amur.scenario.LoadedScenario loaded, Glyphs glyphs, int year,
                       List<Event> events, Side side, boolean notes) {
        d.para(info.description());
        if (loaded.lengthChanged()) {
            // the description speaks of the scenario's own length (e.g. "Eight years to steer")
            d.para(Ui.t("briefing.length_changed", loaded.scenario().turns(), loaded.length().turns()), Role.WARN);
        }
        if (events != null) {
            ThisYear.doc(d, info, glyphs, year, events);
        }
        for (Side s : Side.values()) {
            if (side != null && s != side) {
                continue;
            }
            d.heading(Ui.t("briefing.for", s.displayName()));
            d.para(s == Side.MOSCOW ? info.briefing().moscow() : info.briefing().beijing());
            d.blank();
            d.para(Ui.t("briefing.objectives"), Role.BOLD);
            for (Scenario.Objective o : loaded.scenario().objectives(s)) {
                String why = info.objectiveNotes().getOrDefault(s.id() + ":" + o.indicator().id(), "");
                d.para(Ui.t("briefing.objective", Text.label(o.indicator()), Narration.number(o.weight(), 2))
                        + (why.isEmpty() ? "" : " " + why), Role.NORMAL, 2, 2);
            }
        }
        if (notes && !info.briefing().facilitator().isBlank()) {
            d.heading(Ui.t("briefing.facilitator"));
            d.para(info.briefing().facilitator());
        }
        return d;
    }
}
