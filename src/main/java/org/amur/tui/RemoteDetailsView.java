package org.amur.tui;

import org.amur.engine.Side;
import org.amur.engine.Variant;

/**
 * A remote team's details of one choice ({@code d}): the same preview as local play's details (the odds and
 * every modifier, the changes each outcome brings, the contract a big sale would sign), drawn by the local
 * preview's own code from what the table worked out for the team, which never holds a value hidden from it.
 * Asked of the table again whenever the table moves on.
 */
final class RemoteDetailsView extends DocView {
    private final Remote.Table table;
    private final Remote.Role role;
    private final Variant variant;
    private long version = -1;
    private Preview preview;

    RemoteDetailsView(App app, Remote.Table table, Remote.Role role, Variant variant) {
        super(app);
        this.table = table;
        this.role = role;
        this.variant = variant;
    }

    private Side side() {
        return role.side();
    }

    @Override
    String title() {
        return Ui.t("details.title", side().displayName());
    }

    @Override
    String right() {
        Remote.Snapshot s = table.snapshot(role);
        return Ui.t("turn.of", Math.min(s.turn(), s.lastTurn()), s.lastTurn(), s.year());
    }

    @Override
    Doc build(int width) {
        long now = table.snapshot(role).version();
        if (preview == null || now != version) {
            preview = new Preview(table.outlook(side(), variant), side(), variant);
            version = now;
        }
        return preview.doc(width, true);
    }

    @Override
    public View help(App a) {
        return RemoteHelpView.of(a, role);
    }
}
