package org.amur.tui;

import org.amur.engine.Audience;
import org.amur.engine.Event;

/**
 * Everything that has happened in this game, turn by turn, as the people at this screen may see it
 * (a solo player sees its own secrets; a hot seat or two bots only what both may know). Opens at
 * the end; commitments show only that a side committed, never what.
 */
final class LogView extends DocView {
    private final Game game;
    private final Audience audience;

    LogView(App app, Game game) {
        this(app, game, game.seating().audience());
    }

    /** The log for another audience: the facilitator's console shows everything. */
    LogView(App app, Game game, Audience audience) {
        super(app);
        this.game = game;
        this.audience = audience;
        scroller.followEnd();
    }

    @Override
    String title() {
        return Ui.t("log.title", game.info().title());
    }

    @Override
    String right() {
        return Ui.t("log.audience." + audience.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        Story story = new Story(d, game.info(), game.glyphs()).scoredBy(game.engine());
        for (Event e : audience.redact(game.session().events())) {
            story.add(e, true);
        }
        return d;
    }
}
