package org.amur.tui;

import org.amur.engine.Event;
import org.amur.engine.Side;

/**
 * A remote seat's last turn in full ({@code l}): the same reveal as local play (both choices side by side, the
 * lines to read aloud with each delivery named by its contract and tranche, the reasons and the facilitator's
 * ruling whole, every roll and change, the next year's cards), drawn by the local reveal's own code from the
 * seat's snapshot, whose events are already redacted for its role. Follows the table while open.
 */
final class RemoteRevealView extends DocView {
    private final Remote.Table table;
    private final Remote.Role role;

    RemoteRevealView(App app, Remote.Table table, Remote.Role role) {
        super(app);
        this.table = table;
        this.role = role;
    }

    private Remote.Snapshot snap() {
        return table.snapshot(role);
    }

    @Override
    String title() {
        Remote.Snapshot s = snap();
        int turn = s.reveal() == null ? 0 : s.reveal().turn();
        int year = s.revealed().stream().filter(e -> e instanceof Event.TurnResolved).map(e -> (Event.TurnResolved) e)
                .mapToInt(Event.TurnResolved::year).findFirst().orElse(s.year());
        return Ui.t("reveal.title", turn, year);
    }

    @Override
    String right() {
        Remote.Snapshot s = snap();
        return s.over() ? Ui.t("reveal.game_over") : Ui.t("reveal.next", s.turn());
    }

    @Override
    int fixedRows(Canvas c) {
        return snap().reveal() == null ? 0 : 5;
    }

    @Override
    void drawFixed(Canvas c, int top) {
        Remote.Snapshot s = snap();
        if (s.reveal() != null) {
            RevealView.drawChoices(c, top, s.reveal(), side -> name(s, side));
        }
    }

    /** "Moscow", or with the team's name "Moscow: Red". */
    private static String name(Remote.Snapshot s, Side side) {
        String team = s.names().team(side);
        return team.isEmpty() ? side.displayName() : Ui.t("remote.role_named", side.displayName(), team);
    }

    @Override
    Doc build(int width) {
        Remote.Snapshot s = snap();
        Doc d = new Doc(width);
        if (s.reveal() != null) {
            RevealView.body(d, new Story(d, table.info(), app.config().glyphs()), width, s.reveal(), s.revealed(),
                    s.earlier());
        }
        return d;
    }

    @Override
    public View help(App a) {
        return RemoteHelpView.of(a, role);
    }
}
