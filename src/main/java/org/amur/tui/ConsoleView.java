package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.FacilitatorView;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;

/**
 * The facilitator's console (the white cell), shown at the start of every turn of a facilitated game
 * before the sides play, and on request during a turn: both sides' whole state (hidden indicators
 * included), the scores, this year's events, who has chosen, the pending choices in open play only,
 * this turn's adjudication, and the facilitator's actions: inject a deck card or a free-text event,
 * write a discussion note, pause the room, hand the turn to the teams.
 */
final class ConsoleView extends DocView {
    private final Game game;

    ConsoleView(App app, Game game) {
        super(app);
        this.game = game;
    }

    @Override
    String title() {
        return Ui.t("console.title", game.info().title());
    }

    @Override
    String right() {
        FacilitatorView v = game.whiteCell().view();
        return Ui.t("turn.of", v.turn(), v.lastTurn(), v.year());
    }

    private static int dashRows(Canvas c) {
        return c.height() >= 30 ? Dashboard.fullHeight() : Math.min(Dashboard.fullHeight(), 9);
    }

    @Override
    int fixedRows(Canvas c) {
        return dashRows(c) + 1;
    }

    @Override
    void drawFixed(Canvas c, int top) {
        Dashboard.draw(c, top, dashRows(c), game.whiteCell().view().values(), game.session());
        c.hline(0, top + dashRows(c), c.width(), Role.DIM);
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        FacilitatorView v = game.whiteCell().view();
        if (!game.whiteCell().message().isEmpty()) {
            d.para(game.whiteCell().message(), game.whiteCell().messageBad() ? Role.WARN : Role.GOOD);
        }
        d.para(Ui.t("console.adjudication", Ui.t("adjudication." + game.whiteCell().adjudication().id()),
                Ui.t(game.whiteCell().openPlay() ? "console.play.open" : "console.play.closed")), Role.BOLD);
        d.para(Ui.t("adjudication.about." + game.whiteCell().adjudication().id()), Role.DIM, 2, 0);
        for (Side s : Side.values()) {
            boolean committed = s == Side.MOSCOW ? v.moscowCommitted() : v.beijingCommitted();
            Variant choice = s == Side.MOSCOW ? v.moscowChoice() : v.beijingChoice();
            String what;
            if (!committed) {
                what = Ui.t("console.not_chosen");
            } else if (choice != null) {
                what = Ui.t("console.chose_open", Ui.t("roleof." + choice.role(s), Text.title(choice)));
            } else {
                what = Ui.t("console.chose_secret");
            }
            d.row(new Span(game.seating().name(s) + ": ", s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING),
                    new Span(what, Role.NORMAL));
        }
        for (Side s : Side.values()) {
            d.row(new Span(Ui.t("console.standing", s.displayName(),
                    Text.standing(game.engine().standing(game.state(), s))), Role.NORMAL));
        }

        d.heading(Ui.t("console.events", v.year()));
        Story story = new Story(d, game.info(), game.glyphs());
        boolean any = false;
        for (Event e : Audience.FACILITATOR.redact(game.session().eventsOfTurn(v.turn()))) {
            if (e instanceof Event.CardDrawn || e instanceof Event.Injected || e instanceof Event.FacilitatorNote) {
                story.add(e, false);
                any = true;
            }
        }
        if (!any) {
            d.para(Ui.t("console.nothing_yet"), Role.DIM);
        }
        String notes = game.info().briefing().facilitator();
        if (!notes.isBlank()) {
            d.heading(Ui.t("briefing.facilitator"));
            d.para(notes, Role.DIM);
        }
        return d;
    }

    @Override
    String keys() {
        return Ui.t("keys.console");
    }

    @Override
    public void key(KeyStroke k) {
        if (scroller.key(k, page)) {
            return;
        }
        if (Keys.enter(k)) {
            game.whiteCell().tell("", false);
            game.whiteCell().handToTeams();
        } else if ((Keys.ch(k, 'i') || Keys.ch(k, 'e')) && game.state().moscow() == null
                && game.state().beijing() == null) {
            app.push(Keys.ch(k, 'i') ? new InjectCardView(app, game) : EffectForm.freeEvent(app, game));
        } else if (Keys.ch(k, 'i') || Keys.ch(k, 'e')) {
            // said before the facilitator fills in a form the engine would refuse
            game.whiteCell().tell(Ui.t("console.inject_too_late"), true);
        } else if (Keys.ch(k, 'n')) {
            app.push(new PromptView(app, Ui.t("note.title", game.state().turn()), Ui.t("note.intro"),
                    Ui.t("note.prompt"), Ui.t("note.required"), org.amur.engine.Engine.MAX_NOTE, text -> {
                        String refused = game.whiteCell().note(text);
                        if (refused != null) {
                            return Ui.t("facil.refused", refused);
                        }
                        game.whiteCell().tell(Ui.t("note.done"), false);
                        return null;
                    }));
        } else if (Keys.ch(k, 'p')) {
            app.push(new PauseView(app, game));
        } else if (Keys.ch(k, 'm')) {
            SaveMeta.Adjudication[] all = SaveMeta.Adjudication.values();
            game.whiteCell().setAdjudication(all[(game.whiteCell().adjudication().ordinal() + 1) % all.length]);
            game.whiteCell().tell(Ui.t("console.mode_changed", Ui.t("adjudication." + game.whiteCell().adjudication().id())),
                    false);
        } else if (Keys.ch(k, 'l')) {
            app.push(new LogView(app, game, Audience.FACILITATOR));
        } else if (Keys.ch(k, 's')) {
            app.push(new SaveAsView(app, game));
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        }
    }
}
