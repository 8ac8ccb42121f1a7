package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * A remote seat's screen, drawn from its table's snapshot for its role: a team picks and commits (with a
 * reason) or takes back; the facilitator sees both pending choices, pauses the table and writes notes;
 * the audience (projector) sees the public dashboard, who has chosen, the timer and the last reveal.
 * Redrawn whenever the table changes.
 */
final class RemoteView implements View, AutoCloseable {
    private final App app;
    private final Remote.Table table;
    private final Remote.Role role;
    /** For a facilitator console opened from the teacher's overview: Esc goes back there. */
    private final View back;
    private final AutoCloseable watch;
    private Remote.Snapshot snap;
    private int cursor;
    private boolean typing;
    private String reason = "";
    private String message = "";
    private boolean messageBad;
    private boolean noting;
    private String note = "";
    /** The facilitator is picking a card to play ({@code picking}), then giving its reason ({@code card}). */
    private boolean picking;
    private int pick;
    private Remote.Card card;

    RemoteView(App app, Remote.Table table, Remote.Role role, View back) {
        this.app = app;
        this.table = table;
        this.role = role;
        this.back = back;
        this.snap = table.snapshot(role);
        this.cursor = highlightedIndex(snap); // joining again: the choice the team had highlighted
        this.watch = table.watch(() -> app.post(this::refresh));
    }

    private void refresh() {
        Remote.Snapshot s = table.snapshot(role);
        if (s.turn() != snap.turn() || s.over() != snap.over()) {
            boolean wasTyping = typing;
            typing = false;
            reason = "";
            cursor = highlightedIndex(s); // what a timer would keep: the team's highlight carries over
            // a message, a refusal too, was about the turn that ended: it goes with it
            message = "";
            messageBad = false;
            if (wasTyping) {
                // the seat's choice was made elsewhere and the turn resolved in the same step: the half-typed
                // reason is not dropped without a word
                say(Ui.t("remote.reason_dropped_turn", snap.turn()), true);
            }
        } else if (typing && s.ownChoice() != null) {
            // the seat's choice was made while this screen was typing a reason (the timer ran out, or the
            // team's other laptop chose): back to the chosen screen, where u takes it back, saying what became
            // of the reason
            typing = false;
            reason = "";
            say(Ui.t(s.ownStands() ? "remote.reason_dropped_time" : "remote.reason_dropped_other"), true);
        }
        snap = s;
    }

    /** Where the team's highlighted choice is in its list (the first when none is). */
    private static int highlightedIndex(Remote.Snapshot s) {
        return s.highlighted() == null ? 0 : Math.max(0, s.legal().indexOf(s.highlighted()));
    }

    @Override
    public void close() throws Exception {
        watch.close();
    }

    @Override
    public boolean typing() {
        return typing || noting || picking;
    }

    @Override
    public int[] cursor() {
        return null;
    }

    private Side side() {
        return role.side();
    }

    /** "Moscow team", or with the team's name "Moscow team: Red". */
    private static String seatName(Remote.Role r, Remote.Snapshot s) {
        String seat = Ui.t("remote.role." + r.name().toLowerCase(java.util.Locale.ROOT));
        String team = r.side() == null ? "" : s.names().team(r.side());
        return team.isEmpty() ? seat : Ui.t("remote.role_named", seat, team);
    }

    // ------------------------------------------------------------------ drawing

    @Override
    public void draw(Canvas c) {
        Remote.Snapshot s = snap;
        // the table first: a long scenario title is what gets cut at 80 columns, never which table this is
        String where = s.names().table().isEmpty() ? Ui.t("remote.table", s.table())
                : Ui.t("remote.table_named", s.table(), s.names().table());
        Bars.header(c, Ui.t("app.name") + " " + c.glyphs().dot() + " " + where + " "
                + c.glyphs().dot() + " " + s.title(), seatName(role, s) + " " + c.glyphs().dot() + " "
                + Ui.t("turn.of", Math.min(s.turn(), s.lastTurn()), s.lastTurn(), s.year()));
        int dashH = Math.min(Dashboard.fullHeight(), c.height() >= 30 ? Dashboard.fullHeight() : 7);
        Dashboard.draw(c, 2, dashH, s.values(), new Dashboard.History() {
            @Override
            public double[] of(org.amur.engine.Indicator i) {
                double[] h = s.history().get(i);
                return h == null ? new double[] {s.values().getOrDefault(i, 0.0)} : h;
            }

            @Override
            public boolean over() {
                return s.over();
            }

            @Override
            public org.amur.engine.Standing standing(Side side) {
                return s.standings().get(side); // carried only where this role may see the side's score
            }
        });
        int row = 2 + dashH + 1;
        if (!s.over()) {
            row = drawStatus(c, row, s); // a finished game has nobody choosing and no clock: its rows go to the end
        }
        int bottom = c.height() - 2;
        List<String> revealLines = revealLines(c, s);
        int listEnd = bottom - revealLines.size() - (s.note() == null || s.note().isEmpty() ? 0 : 1);
        if (s.over()) {
            for (String line : Canvas.wrap(Ui.t("remote.over", s.ending()), c.width())) {
                if (row < listEnd) {
                    c.text(0, row++, line, Role.BOLD);
                }
            }
        } else if (role == Remote.Role.MOSCOW || role == Remote.Role.BEIJING) {
            row = drawChoices(c, row, listEnd, s);
        } else if (role == Remote.Role.FACILITATOR && picking) {
            List<Remote.Card> deck = table.deck();
            c.text(0, row++, Ui.t("remote.pick_card"), Role.BOLD);
            int rows = Math.max(1, listEnd - row);
            int first = Math.max(0, Math.min(pick - rows / 2, deck.size() - rows));
            for (int i = first; i < deck.size() && row < listEnd; i++) {
                String line = (i == pick ? c.glyphs().pointer() + " " : "  ") + deck.get(i).title();
                c.text(0, row++, c.fitEllipsis(line, c.width()), i == pick ? Role.SELECTED : Role.NORMAL);
            }
        } else if (role == Remote.Role.FACILITATOR && !s.ruling().isEmpty()) {
            // the second choice waits for the ruling: the facilitator now sees both, as at a local table
            for (Side side : Side.values()) {
                Variant v = s.pending().get(side);
                String what = v == null ? Ui.t("remote.pending.none") : Text.title(v);
                c.text(0, row++, c.fitEllipsis(Ui.t("remote.pending", side.displayName(), what), c.width()),
                        Role.NORMAL);
            }
            c.text(0, row++, c.fitEllipsis(Ui.t("remote.ruling_ready", s.turn()), c.width()), Role.WARN);
        }
        List<String> happened = happened(c, s);
        if (row + 1 < listEnd && !happened.isEmpty()) {
            // rows to spare above the reveal: what happened, as the local reveal reads it aloud (a delivery
            // named by its contract and tranche), as many as fit, next to the reveal
            int from = Math.max(row + 1, listEnd - happened.size());
            for (int i = 0; from < listEnd; i++) {
                c.text(0, from++, happened.get(i), Role.NORMAL);
            }
        }
        row = Math.max(row, listEnd);
        if (s.note() != null && !s.note().isEmpty()) {
            c.text(0, row++, c.fitEllipsis(Ui.t("remote.note", s.note()), c.width()), Role.WARN);
        }
        for (String line : revealLines) {
            c.text(0, row++, line, Role.NORMAL);
        }
        if (!message.isEmpty()) {
            c.text(0, bottom, c.fitEllipsis(message, c.width()), messageBad ? Role.BAD : Role.GOOD);
        }
        if (noting) {
            c.text(0, bottom, c.fitEllipsis(card == null ? Ui.t("remote.note_prompt", note)
                    : Ui.t("remote.inject_prompt", card.title(), note), c.width()), Role.KEY);
        }
        Bars.keys(c, c.height() - 1, keys(s));
    }

    private int drawStatus(Canvas c, int row, Remote.Snapshot s) {
        List<String> parts = new ArrayList<>();
        if (s.paused()) {
            parts.add(Ui.t("remote.paused")); // first: at 80 columns with a timer the end of the line is cut
        }
        for (Side side : Side.values()) {
            if (!s.over()) {
                parts.add(Ui.t(s.chosen(side) ? "remote.chosen" : "remote.choosing", side.displayName()));
            }
        }
        if (s.timeLeft() != null && !s.over()) {
            long secs = Math.max(0, s.timeLeft().toSeconds());
            parts.add(Ui.t(s.clockWaits() ? "remote.timer_waits" : "remote.timer", secs / 60,
                    String.format("%02d", secs % 60)));
        }
        if (!s.over() && s.moscowChosen() && s.beijingChosen()) {
            parts.add(Ui.t("remote.ruling_wait"));
        }
        c.text(0, row, c.fitEllipsis(String.join("  " + c.glyphs().dot() + "  ", parts), c.width()),
                s.paused() ? Role.WARN : Role.BOLD);
        // the year's cards under it, as on the local turn screen: what happened this year, before anyone chooses
        ThisYear.line(c, row + 1, s.cards());
        return row + 3;
    }

    private int drawChoices(Canvas c, int row, int end, Remote.Snapshot s) {
        if (s.ownChoice() != null) {
            c.text(0, row++, c.fitEllipsis(Ui.t("remote.you_chose", Text.title(s.ownChoice())), c.width()), Role.GOOD);
            boolean ruling = s.moscowChosen() && s.beijingChosen();
            // once the seat's time has run out, the choice kept for it stands: no take-back is offered
            String wait = (ruling ? "remote.wait_ruling" : "remote.wait_reveal") + (s.ownStands() ? "_stands" : "");
            for (String line : Canvas.wrap(Ui.t(wait), c.width())) {
                if (row < end) {
                    c.text(0, row++, line, Role.DIM);
                }
            }
            return row;
        }
        List<Variant> legal = s.legal();
        if (legal.isEmpty()) {
            return row;
        }
        cursor = Math.max(0, Math.min(cursor, legal.size() - 1));
        if (typing) {
            c.text(0, row++, c.fitEllipsis(Ui.t("remote.choosing_this", Text.title(legal.get(cursor))), c.width()),
                    Role.BOLD);
            c.text(0, row++, c.fitEllipsis(Ui.t("remote.reason", reason), c.width()), Role.KEY);
            return row;
        }
        // a seat shared by several laptops: each has its own cursor, and the timer keeps the highlight the
        // last of them made; when that is not this one's, the last row of the list says which it is
        boolean otherKept = s.timeLeft() != null && s.highlighted() != null
                && !s.highlighted().equals(legal.get(cursor)) && end - row >= 2;
        int listEnd = otherKept ? end - 1 : end;
        int rows = Math.max(1, listEnd - row);
        int first = Math.max(0, Math.min(cursor - rows / 2, legal.size() - rows));
        for (int i = first; i < legal.size() && row < listEnd; i++) {
            Variant v = legal.get(i);
            String line = (i == cursor ? c.glyphs().pointer() + " " : "  ")
                    + Ui.t("remote.variant_of_line", Text.title(v), Ui.t("line." + v.line().id()));
            c.text(0, row++, c.fitEllipsis(line, c.width()), i == cursor ? Role.SELECTED : Role.NORMAL);
        }
        if (otherKept) {
            c.text(0, listEnd, c.fitEllipsis(Ui.t("remote.timer_keeps_other", Text.title(s.highlighted())), c.width()),
                    Role.WARN);
            row = listEnd + 1;
        }
        return row;
    }

    private List<String> revealLines(Canvas c, Remote.Snapshot s) {
        List<String> out = new ArrayList<>();
        Event.ChoicesRevealed r = s.reveal();
        if (r == null) {
            return out;
        }
        // each side's choice and reason on up to two rows, so a long title does not hide the reason
        // Beijing's line starts under Moscow's side name ("Turn 3: " wide)
        String marked = Ui.t("remote.reveal", r.turn(), "\u0001", "", "");
        String indent = " ".repeat(Canvas.columns(marked.substring(0, Math.max(0, marked.indexOf('\u0001')))));
        addWrapped(c, out, Ui.t("remote.reveal", r.turn(), Side.MOSCOW.displayName(), Text.title(r.moscow()),
                quoted(r.moscowRationale())), indent);
        addWrapped(c, out, indent + Ui.t("remote.reveal_other", Side.BEIJING.displayName(), Text.title(r.beijing()),
                quoted(r.beijingRationale())), indent);
        for (Event e : s.revealed()) {
            if (e instanceof Event.Adjudicated) {
                // the facilitator's ruling and its reason, as the local reveal gives it
                addWrapped(c, out, Canvas.clean(Narration.lines(e).get(0)), "  ");
            }
        }
        StringBuilder net = new StringBuilder();
        for (Event.Delta d : s.net()) {
            double ch = d.after() - d.before();
            if (Math.abs(ch) < 0.05) {
                continue;
            }
            if (net.length() > 0) {
                net.append(", ");
            }
            net.append(Text.label(d.indicator())).append(' ').append(ch > 0 ? "+" : "")
                    .append(Dashboard.value(ch));
        }
        if (net.length() > 0) {
            // the turn's own net change; the dashboard's change column also holds this year's cards, so where
            // they moved a value shown the two differ (-0.3 here, +5.7 there): the line says which it is
            out.add(c.fitEllipsis(Ui.t(cardsMoved(s) ? "remote.net_before_cards" : "remote.net", net), c.width()));
        }
        return out;
    }

    /** Whether this year's cards (drawn or played) changed a value the seat's dashboard shows. */
    private static boolean cardsMoved(Remote.Snapshot s) {
        for (Event e : s.cards()) {
            List<Event.Delta> deltas = e instanceof Event.CardDrawn cd ? cd.deltas()
                    : e instanceof Event.Injected i ? i.deltas() : List.of();
            for (Event.Delta d : deltas) {
                if (Math.abs(d.change()) >= 0.05 && s.values().containsKey(d.indicator())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The last turn's contracts signed and rolls (at most four), one line each, as the local reveal words them.
     */
    private static List<String> happened(Canvas c, Remote.Snapshot s) {
        List<String> out = new ArrayList<>();
        if (s.reveal() == null) {
            return out;
        }
        for (Event e : s.revealed()) {
            if (e instanceof Event.ContractUpdate u && u.stage() == Event.ContractUpdate.Stage.SIGNED) {
                out.add(c.fitEllipsis(Canvas.clean(Narration.contract(u)), c.width())); // as the local reveal says it
            }
        }
        for (String h : org.amur.report.TurnSummary.of(s.revealed()).happened()) {
            out.add(c.fitEllipsis(Canvas.clean(h), c.width()));
        }
        return out;
    }

    private static void addWrapped(Canvas c, List<String> out, String line, String indent) {
        if (Canvas.columns(line) <= c.width()) {
            out.add(line);
            return;
        }
        List<String> rows = Canvas.wrap(line.strip(), c.width() - indent.length());
        out.add(c.fitEllipsis((line.startsWith(" ") ? indent : "") + rows.get(0), c.width()));
        if (rows.size() > 1) {
            out.add(c.fitEllipsis(indent + String.join(" ", rows.subList(1, rows.size())), c.width()));
        }
    }

    private static String quoted(String reason) {
        return reason == null || reason.isBlank() ? "" : " \u201c" + Canvas.clean(reason) + "\u201d";
    }

    private String keys(Remote.Snapshot s) {
        if (typing) {
            return Ui.t("keys.why");
        }
        if (noting) {
            return Ui.t("keys.prompt");
        }
        if (picking) {
            return Ui.t("remote.keys.pick");
        }
        // when the bar is too long for the screen it drops its third item from the end first: the last turn,
        // which help lists, before the charts
        String tail = Ui.t("remote.keys.charts") + "|" + (s.reveal() == null ? "" : Ui.t("remote.keys.last_turn") + "|")
                + (back != null ? Ui.t("remote.keys.back") : Ui.t("remote.keys.leave"));
        if (s.over()) {
            return tail;
        }
        return switch (role) {
            case MOSCOW, BEIJING -> (s.ownChoice() == null ? Ui.t("remote.keys.team") + "|"
                    : s.ownStands() ? "" : Ui.t("remote.keys.committed") + "|")
                    + Ui.t("remote.keys.details") + "|" + tail;
            case FACILITATOR -> (s.ruling().isEmpty() ? "" : Ui.t("remote.keys.rule") + "|")
                    + Ui.t("remote.keys.facilitator") + "|" + tail;
            case AUDIENCE -> tail;
        };
    }

    // ------------------------------------------------------------------ keys

    @Override
    public void key(KeyStroke k) {
        if (noting) {
            noteKey(k);
            return;
        }
        if (typing) {
            reasonKey(k);
            return;
        }
        if (picking) {
            pickKey(k);
            return;
        }
        if (Keys.is(k, KeyType.Escape) && back != null) {
            app.pop();
            return;
        }
        if (Keys.ch(k, 'c')) {
            app.push(new RemoteChartsView(app, table, role));
            return;
        }
        if (Keys.ch(k, 'q')) {
            if (back != null) {
                app.pop();
            } else {
                app.interrupt();
            }
            return;
        }
        Remote.Snapshot s = snap;
        if (Keys.ch(k, 'b')) {
            app.push(new RemoteBriefingView(app, table, role));
            return;
        }
        if (Keys.ch(k, 'l') && s.reveal() != null) {
            app.push(new RemoteRevealView(app, table, role));
            return;
        }
        if (s.over()) {
            return;
        }
        if (Keys.ch(k, 'd') && role.side() != null) {
            Variant v = s.ownChoice() != null ? s.ownChoice()
                    : s.legal().isEmpty() ? null : s.legal().get(Math.max(0, Math.min(cursor, s.legal().size() - 1)));
            if (v != null) {
                app.push(new RemoteDetailsView(app, table, role, v));
            }
            return;
        }
        switch (role) {
            case MOSCOW, BEIJING -> teamKey(k, s);
            case FACILITATOR -> facilitatorKey(k, s);
            default -> { }
        }
    }

    private void teamKey(KeyStroke k, Remote.Snapshot s) {
        if (s.ownChoice() != null) {
            if (Keys.ch(k, 'u')) {
                table.withdraw(side(), this::answered);
            }
            return;
        }
        List<Variant> legal = s.legal();
        if (legal.isEmpty()) {
            return;
        }
        if (Keys.up(k) || Keys.down(k)) {
            cursor = Math.floorMod(cursor + (Keys.up(k) ? -1 : 1), legal.size());
            table.highlight(side(), legal.get(cursor));
            message = "";
        } else if (Keys.enter(k)) {
            if (s.paused()) {
                say(Ui.t("remote.paused_no_commit"), true);
                return;
            }
            typing = true;
            reason = "";
        }
    }

    private void reasonKey(KeyStroke k) {
        if (Keys.is(k, KeyType.Escape)) {
            typing = false;
            return;
        }
        if (Keys.enter(k)) {
            List<Variant> legal = snap.legal();
            if (cursor < legal.size()) {
                table.commit(side(), legal.get(cursor), reason, this::answered);
            }
            typing = false;
            reason = "";
            return;
        }
        String edited = Keys.edit(reason, k, Engine.MAX_RATIONALE);
        reason = edited == null ? reason : edited;
    }

    private void facilitatorKey(KeyStroke k, Remote.Snapshot s) {
        if ((Keys.ch(k, 'r') || Keys.enter(k)) && !s.ruling().isEmpty()) {
            app.push(RulingView.remote(app, table, s));
        } else if (Keys.ch(k, 'p')) {
            table.pause(!s.paused());
        } else if (Keys.ch(k, 'n')) {
            noting = true;
            card = null;
            note = "";
        } else if (Keys.ch(k, 'i') && !table.deck().isEmpty()) {
            picking = true;
            pick = 0;
        }
    }

    private void pickKey(KeyStroke k) {
        List<Remote.Card> deck = table.deck();
        if (Keys.is(k, KeyType.Escape)) {
            picking = false;
        } else if (Keys.up(k) || Keys.down(k)) {
            pick = Math.floorMod(pick + (Keys.up(k) ? -1 : 1), deck.size());
        } else if (Keys.enter(k)) {
            picking = false;
            card = deck.get(pick);
            noting = true;
            note = "";
        }
    }

    private void noteKey(KeyStroke k) {
        if (Keys.is(k, KeyType.Escape)) {
            noting = false;
        } else if (Keys.enter(k)) {
            noting = false;
            if (card != null) {
                table.inject(card.id(), note, this::answered);
                card = null;
            } else if (!note.isBlank()) {
                table.note(note, this::answered);
            }
        } else {
            String edited = Keys.edit(note, k, Engine.MAX_NOTE);
            note = edited == null ? note : edited;
        }
    }

    /** The table's answer, from its own thread: shown on this screen's thread. */
    private void answered(Optional<String> refusal) {
        app.post(() -> {
            if (refusal.isPresent()) {
                // after the refresh: a refusal that comes with the turn's end (too late to commit) is still said
                refresh();
                say(refusal.get(), true);
            } else {
                message = "";
                messageBad = false;
                refresh();
            }
        });
    }

    private void say(String text, boolean bad) {
        message = text;
        messageBad = bad;
    }

    static String clock(Duration d) {
        long secs = Math.max(0, d.toSeconds());
        return secs / 60 + ":" + String.format("%02d", secs % 60);
    }

    @Override
    public View help(App a) {
        return RemoteHelpView.of(a, role);
    }
}
