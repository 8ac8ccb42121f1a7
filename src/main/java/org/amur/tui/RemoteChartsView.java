package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Indicator;
import org.amur.engine.Text;

/**
 * A remote seat's charts (the projector's above all): one bar chart per turn of each charted indicator the
 * seat may see, the same charts as the end of a local game. Drawn from the seat's snapshot, which holds only
 * the history its role may see, so the projector's charts are the public ones and nothing else; redrawn as
 * the table moves on.
 */
final class RemoteChartsView extends DocView {
    private static final int CHART_W = 44;
    private final Remote.Table table;
    private final Remote.Role role;

    RemoteChartsView(App app, Remote.Table table, Remote.Role role) {
        super(app);
        this.table = table;
        this.role = role;
    }

    @Override
    String title() {
        Remote.Snapshot s = table.snapshot(role);
        return Ui.t("remote.charts.title", s.table(), Math.min(s.turn(), s.lastTurn()), s.lastTurn());
    }

    @Override
    Doc build(int width) {
        Remote.Snapshot s = table.snapshot(role);
        Glyphs g = app.config().glyphs();
        String first = Integer.toString(table.info().startYear());
        String last = Ui.t("end.axis_end");
        List<List<List<Span>>> blocks = new ArrayList<>();
        for (Indicator i : EndView.CHARTED) {
            double[] h = s.history().get(i);
            if (h == null) {
                continue; // not this seat's to see
            }
            Role r = i.group() == Indicator.Group.MOSCOW ? Role.MOSCOW
                    : i.group() == Indicator.Group.BEIJING ? Role.BEIJING : Role.NORMAL;
            blocks.add(Charts.bars(Text.label(i), h, first, last, CHART_W, 4, r, g));
        }
        Doc d = new Doc(width);
        Charts.grid(d, blocks, width, CHART_W + 2);
        return d;
    }

    @Override
    public View help(App a) {
        return RemoteHelpView.of(a, role);
    }
}
