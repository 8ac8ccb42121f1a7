package org.amur.tui;

import java.util.Locale;

/**
 * Help on a remote screen (the classroom server): the keys that work over SSH for this seat, how a remote
 * game goes, then the game's how-to-play. Never the local game's key list, whose keys do nothing here.
 */
final class RemoteHelpView extends DocView {
    /** Whose keys: a {@link Remote.Role}'s name in lower case, or {@code teacher}. */
    private final String seat;

    RemoteHelpView(App app, String seat) {
        super(app);
        this.seat = seat;
    }

    static RemoteHelpView of(App app, Remote.Role role) {
        return new RemoteHelpView(app, role.name().toLowerCase(Locale.ROOT));
    }

    @Override
    String title() {
        return Ui.t("remote.help.title", Ui.t("remote.help.seat." + seat));
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        d.row(new Span(Ui.t("help.keys_heading"), Role.HEADER));
        HelpView.keyTable(d, HelpView.rows("remote.help." + seat + "."), width, glyphs);
        if (!seat.equals("teacher")) {
            HelpView.keyTable(d, HelpView.rows("remote.help.all."), width, glyphs); // the teacher has its own
        }
        d.heading(Ui.t("remote.help.about_heading"));
        d.para(Ui.t("remote.help.about." + seat), Role.NORMAL, 0, 3);
        return d.blank().append(HelpView.howTo(width));
    }
}
