package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioInfo;

/** Before turn 1: the scenario, the seed (to replay the game), who plays, and the briefings. */
final class IntroView extends DocView {
    private final Game game;

    IntroView(App app, Game game) {
        super(app);
        this.game = game;
    }

    @Override
    String title() {
        return game.info().title();
    }

    @Override
    String right() {
        return Ui.t("intro.turns", game.engine().scenario().turns(), game.engine().scenario().startYear());
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        long seed = game.session().seed();
        d.row(new Span(Ui.t("intro.seats", game.seating().name(Side.MOSCOW), game.seating().name(Side.BEIJING)), Role.BOLD));
        d.para(Ui.t("intro.mode." + game.seating().mode().name().toLowerCase(java.util.Locale.ROOT)), Role.NORMAL);
        if (game.whiteCell().facilitated()) {
            d.para(Ui.t("intro.facilitated", Ui.t(game.whiteCell().openPlay() ? "newgame.facilitator.open"
                    : "newgame.facilitator.closed"), Ui.t("adjudication." + game.meta().facilitator().adjudication().id())),
                    Role.WARN);
        }
        d.para(Ui.t("intro.seed", seed, game.saving().playAgainCommand(), game.saving().playAgainNote()), Role.DIM);
        d.blank();
        ScenarioInfo.Guidance g = game.guidance(0);
        if (g != null) {
            d.para(g.text(), Role.WARN).blank();
        }
        BriefingView.content(d, game, game.seating().soloSide(), false);
        return d;
    }

    @Override
    String keys() {
        return Ui.t("keys.intro");
    }

    @Override
    public void key(KeyStroke k) {
        if (scroller.key(k, page)) {
            return;
        }
        if (Keys.enter(k)) {
            game.startTurn();
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        }
    }
}
