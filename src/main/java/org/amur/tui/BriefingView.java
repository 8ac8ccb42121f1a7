package org.amur.tui;

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
        ScenarioInfo info = game.info();
        d.para(info.description());
        org.amur.scenario.LoadedScenario loaded = game.session().scenario();
        if (loaded.lengthChanged()) {
            // the description speaks of the scenario's own length (e.g. "Eight years to steer")
            d.para(Ui.t("briefing.length_changed", loaded.scenario().turns(), loaded.length().turns()), Role.WARN);
        }
        if (cards) {
            d.heading(Ui.t("briefing.events", game.state().year()));
            if (game.cardsNow().isEmpty() && game.whiteCell().eventsNow(game.seating().audience()).stream()
                    .noneMatch(e -> e instanceof Event.Injected)) {
                d.para(Ui.t("turn.no_events"), Role.DIM);
            }
            Story story = new Story(d, info, game.glyphs());
            for (Event.CardDrawn c : game.cardsNow()) {
                story.add(c, false);
            }
            for (Event e : game.whiteCell().eventsNow(game.seating().audience())) {
                if (e instanceof Event.Injected) {
                    story.add(e, false);
                }
            }
        }
        for (Side s : Side.values()) {
            if (side != null && s != side) {
                continue;
            }
            d.heading(Ui.t("briefing.for", s.displayName()));
            d.para(s == Side.MOSCOW ? info.briefing().moscow() : info.briefing().beijing());
            d.blank();
            d.para(Ui.t("briefing.objectives"), Role.BOLD);
            for (Scenario.Objective o : game.engine().scenario().objectives(s)) {
                String why = info.objectiveNotes().getOrDefault(s.id() + ":" + o.indicator().id(), "");
                d.para(Ui.t("briefing.objective", Text.label(o.indicator()), Narration.number(o.weight(), 2))
                        + (why.isEmpty() ? "" : " " + why), Role.NORMAL, 2, 2);
            }
        }
        if (side == null && game.seating().mode() == Seating.Mode.BOTS && !info.briefing().facilitator().isBlank()) {
            d.heading(Ui.t("briefing.facilitator"));
            d.para(info.briefing().facilitator());
        }
        return d;
    }
}
