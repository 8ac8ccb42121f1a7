package org.amur.tui;

/**
 * A remote seat's briefing ({@code b}), as local play's: the scenario, this year's event cards with their text
 * (from the seat's snapshot, already redacted for its role), the briefing and objectives of a team's own side
 * (both sides' for the projector and the facilitator) and, for the facilitator only, the facilitator's notes.
 * Follows the table while open.
 */
final class RemoteBriefingView extends DocView {
    private final Remote.Table table;
    private final Remote.Role role;

    RemoteBriefingView(App app, Remote.Table table, Remote.Role role) {
        super(app);
        this.table = table;
        this.role = role;
    }

    @Override
    String title() {
        return Ui.t("briefing.title", table.info().title());
    }

    @Override
    Doc build(int width) {
        Remote.Snapshot s = table.snapshot(role);
        return BriefingView.content(new Doc(width), table.info(), table.scenario(), app.config().glyphs(), s.year(),
                s.over() ? null : s.cards(), role.side(), role == Remote.Role.FACILITATOR);
    }

    @Override
    public View help(App a) {
        return RemoteHelpView.of(a, role);
    }
}
