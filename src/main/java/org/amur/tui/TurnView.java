package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Line;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * A seat's decision: dashboard, this year's events, the three lines of effort with their variants,
 * a preview of the highlighted variant, and the optional one-line rationale typed before committing.
 * Once the seat has committed (solo play, waiting for a bot) it shows the choice and offers to take
 * it back. It never shows anything about the other side's choice.
 */
final class TurnView implements View {
    private final App app;
    private final Game game;
    private final Side side;
    /** The turn this screen was made for: a later step of the same turn keeps it as it is ({@link Game#showNow}). */
    private final int turn;
    private boolean editing;
    private String message = "";
    private Role messageRole = Role.NORMAL;
    private int listTop;
    private int cursorCol = -1;
    private int cursorRow = -1;

    TurnView(App app, Game game, Side side) {
        this.app = app;
        this.game = game;
        this.side = side;
        this.turn = game.state().turn();
        highlight();
    }

    Side side() {
        return side;
    }

    /** Whether this is {@code side}'s screen for turn {@code t}. */
    boolean shows(Side s, int t) {
        return side == s && turn == t;
    }

    /** Whether the one-line reason is being typed (the next Enter commits). */
    boolean typingReason() {
        return editing;
    }

    /**
     * The seat's choice was made while its reason was typed (its time ran out, the turn goes on): the prompt
     * closes, the half-typed reason is not sent nor kept, and the screen says so.
     */
    void reasonDropped() {
        editing = false;
        ui().rationale.clear();
        message = Ui.t("turn.reason_dropped_time");
        messageRole = Role.WARN;
    }

    /** The scenario's variants of a line; for arms, Russian systems before Chinese supplies. */
    List<Variant> variants(Line line) {
        List<Variant> out = new ArrayList<>();
        for (Variant v : game.engine().scenario().variants()) {
            if (v.line() == line && !v.isReverseArms()) {
                out.add(v);
            }
        }
        for (Variant v : game.engine().scenario().variants()) {
            if (v.line() == line && v.isReverseArms()) {
                out.add(v);
            }
        }
        return out;
    }

    private Game.SeatUi ui() {
        return game.seatUi(side);
    }

    private Line line() {
        return Line.values()[ui().line];
    }

    /** The highlighted variant (or the committed one while waiting), or null if the line is empty. */
    Variant selected() {
        GameState s = game.state();
        if (s.hasCommitted(side)) {
            return s.commitment(side).variant();
        }
        List<Variant> vs = variants(line());
        if (vs.isEmpty()) {
            return null;
        }
        int i = Math.max(0, Math.min(ui().index[ui().line], vs.size() - 1));
        return vs.get(i);
    }

    private boolean committed() {
        return game.state().hasCommitted(side);
    }

    @Override
    public boolean typing() {
        return editing;
    }

    @Override
    public int[] cursor() {
        return editing && cursorCol >= 0 ? new int[] {cursorCol, cursorRow} : null;
    }

    // ------------------------------------------------------------------ drawing

    @Override
    public void draw(Canvas c) {
        GameState s = game.state();
        int w = c.width();
        int h = c.height();
        GameScreen.header(c, game);
        drawStatus(c, 1);
        int dashH = h >= 26 ? Dashboard.fullHeight() : Math.min(Dashboard.fullHeight(), 9);
        Dashboard.draw(c, 2, dashH, game.visibleValues(side), game.session());
        int evRow = 2 + dashH;
        drawEvents(c, evRow);
        int tabRow = evRow + 1;
        drawTabs(c, tabRow);
        int top = tabRow + 1;
        int areaH = h - 2 - top;
        int listW = Math.min(40, Math.max(34, w / 3));
        c.vline(listW, top, areaH, Role.DIM);
        drawList(c, 0, top, listW, areaH);
        drawPreview(c, listW + 2, top, w - listW - 2, areaH);
        drawBottom(c, h - 2);
    }

    private void drawStatus(Canvas c, int row) {
        Role sideRole = side == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING;
        int col = c.text(0, row, Ui.t(committed() ? "turn.status.committed" : "turn.status.deciding",
                game.seating().name(side)), sideRole);
        Side o = side.other();
        String other;
        if (game.state().hasCommitted(o)) {
            other = Ui.t("turn.other.committed", o.displayName());
        } else if (game.seating().human(o)) {
            other = Ui.t("turn.other.next", o.displayName());
        } else if (game.match().thinking(o)) {
            other = (Ui.t("turn.other.thinking", game.seating().name(o)) + " "
                    + game.thinking().indicator(o, c.glyphs())).stripTrailing();
        } else {
            other = Ui.t("turn.other.waiting", game.seating().name(o));
        }
        col += c.text(col, row, "  " + c.glyphs().dot() + "  ", Role.DIM);
        java.util.Optional<java.time.Duration> left = game.clock().left(side);
        String time = left.map(l -> Ui.t("turn.time_left", TurnTimer.clock(l))).orElse("");
        int timeW = Canvas.columns(time);
        c.text(col, row, Math.max(0, c.width() - col - (timeW > 0 ? timeW + 2 : 0)), c.fitEllipsis(other,
                Math.max(0, c.width() - col - (timeW > 0 ? timeW + 2 : 0))), Role.NORMAL);
        if (timeW > 0) {
            c.text(c.width() - timeW, row, time, left.get().toSeconds() < 10 ? Role.WARN : Role.BOLD);
        }
    }

    private void drawEvents(Canvas c, int row) {
        ThisYear.line(c, row, ThisYear.of(game.session(), game.seating().audience()));
    }

    private void drawTabs(Canvas c, int row) {
        int col = 0;
        for (Line l : Line.values()) {
            boolean sel = l == line();
            String label = (l.ordinal() + 1) + " " + Ui.t("line." + l.id());
            String t = sel ? "[" + label + "]" : " " + label + " ";
            col += c.text(col, row, t, sel ? Role.SELECTED : Role.NORMAL) + 1;
        }
        String hint = committed() ? "" : Ui.t("turn.tabs_hint").replace("@lr", c.glyphs().leftRight());
        if (col + 1 + Canvas.columns(hint) <= c.width()) {
            c.text(c.width() - Canvas.columns(hint), row, hint, Role.DIM);
        }
    }

    private void drawList(Canvas c, int x, int top, int w, int h) {
        List<Variant> vs = variants(line());
        List<Object> rows = new ArrayList<>();
        boolean reverseHeader = false;
        if (line() == Line.ARMS) {
            rows.add(Ui.t("list.arms_forward"));
        }
        for (Variant v : vs) {
            if (v.isReverseArms() && !reverseHeader) {
                rows.add(Ui.t("list.arms_reverse"));
                reverseHeader = true;
            }
            rows.add(v);
        }
        Variant sel = selected();
        int selRow = Math.max(0, rows.indexOf(sel));
        if (selRow < listTop) {
            listTop = selRow;
        }
        if (selRow >= listTop + h) {
            listTop = selRow - h + 1;
        }
        if (selRow == 1 && rows.get(0) instanceof String) {
            listTop = 0; // keep the first heading in view
        }
        listTop = Math.max(0, Math.min(listTop, Math.max(0, rows.size() - h)));
        boolean scrolls = rows.size() > h;
        int textW = w;
        GameState s = game.state();
        for (int i = 0; i < h && listTop + i < rows.size(); i++) {
            Object o = rows.get(listTop + i);
            int y = top + i;
            if (o instanceof String head) {
                c.text(x, y, textW, head, Role.DIM);
                continue;
            }
            Variant v = (Variant) o;
            boolean legal = committed() || game.engine().whyIllegal(s, side, v).isEmpty();
            boolean isSel = v == sel;
            boolean chosen = committed() && s.commitment(side).variant() == v;
            String mark = isSel ? c.glyphs().pointer() + " " : "  ";
            String text = mark + Text.title(v) + (chosen ? " " + c.glyphs().check() + " " + Ui.t("list.chosen")
                    : legal ? "" : " " + Ui.t("list.not_now"));
            if (isSel) {
                c.fill(x, y, textW, Role.SELECTED);
            }
            c.text(x, y, textW, text, isSel ? Role.SELECTED : legal ? Role.NORMAL : Role.DISABLED);
        }
        if (scrolls) { // arrows on the separator column say there is more above or below
            if (listTop > 0) {
                c.text(x + w, top, 1, c.glyphs().up(), Role.KEY);
            }
            if (listTop + h < rows.size()) {
                c.text(x + w, top + h - 1, 1, c.glyphs().down(), Role.KEY);
            }
        }
    }

    private void drawPreview(Canvas c, int x, int top, int w, int h) {
        Variant v = selected();
        if (v == null) {
            c.text(x, top, w, Ui.t("list.empty_line"), Role.DIM);
            return;
        }
        Preview p = new Preview(game.engine(), game.state(), side, v);
        Doc d = p.doc(w, false);
        // with room to spare: the sources, then the variant's description
        for (String extra : List.of(p.sources(), Text.summary(v))) {
            if (d.size() + 1 + Canvas.wrap(extra, w).size() <= h - 1) { // keep the last row for the hint
                d.blank().para(extra, Role.DIM);
            }
        }
        List<List<Span>> rows = d.rows();
        boolean cut = rows.size() > h;
        int shown = cut ? h - 1 : rows.size();
        for (int i = 0; i < shown; i++) {
            c.spans(x, top + i, w, rows.get(i));
        }
        if (cut) {
            c.text(x, top + h - 1, w, Ui.t("preview.more"), Role.KEY);
        } else if (rows.size() < h) {
            c.text(x, top + h - 1, w, Ui.t("preview.details_hint"), Role.DIM);
        }
    }

    private void drawBottom(Canvas c, int row) {
        cursorCol = -1;
        if (editing) {
            int col = c.text(0, row, Ui.t("turn.why_prompt") + " ", Role.BOLD);
            cursorCol = ui().rationale.drawLine(c, col, row, c.width() - col, Role.NORMAL);
            cursorRow = row;
            Bars.keys(c, row + 1, Ui.t("keys.why"));
            return;
        }
        if (!message.isEmpty()) {
            c.text(0, row, c.fitEllipsis(Canvas.clean(message), c.width()), messageRole);
        }
        // once this side's time has run out, the choice made for it stands: no take-back is offered
        boolean stands = committed() && game.match().timeRanOut(side);
        if (message.isEmpty() && committed()) {
            c.text(0, row, Ui.t(stands ? "turn.waiting_stands" : "turn.waiting", side.other().displayName()),
                    Role.NORMAL);
        } else if (message.isEmpty()) {
            c.text(0, row, Ui.t("turn.hint"), Role.DIM);
        }
        Bars.keys(c, row + 1, game.whiteCell().withConsoleKey(Ui.t(!committed() ? "keys.turn"
                : stands ? "keys.turn_stands" : "keys.turn_committed")));
    }

    // ------------------------------------------------------------------ keys

    @Override
    public void key(KeyStroke k) {
        handle(k);
        highlight();
    }

    /** Tells the match what this seat has highlighted: what a turn timer keeps when time runs out. */
    private void highlight() {
        if (!committed() && game.clock().left(side).isPresent()) {
            Variant v = selected();
            if (v != null && game.engine().whyIllegal(game.state(), side, v).isEmpty()) {
                game.match().highlight(side, v);
            }
        }
    }

    private void handle(KeyStroke k) {
        if (editing) {
            editKey(k);
            return;
        }
        message = "";
        if (Keys.ch(k, 'b')) {
            app.push(new BriefingView(app, game, side));
        } else if (Keys.ch(k, 'l')) {
            app.push(new LogView(app, game));
        } else if (Keys.ch(k, 's')) {
            app.push(new SaveAsView(app, game));
        } else if (Keys.ch(k, 'd') || Keys.ch(k, ' ')) {
            Variant v = selected();
            if (v != null) {
                app.push(new DetailsView(app, game, side, v));
            }
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        } else if (Keys.ch(k, 'f') && game.whiteCell().facilitated()) {
            game.whiteCell().askForConsole();
        } else if (committed()) {
            if (Keys.ch(k, 'u')) {
                game.withdraw(side).ifPresent(why -> message = why);
            }
        } else if (Keys.up(k)) {
            move(-1);
        } else if (Keys.down(k)) {
            move(1);
        } else if (Keys.left(k)) {
            ui().line = (ui().line + Line.values().length - 1) % Line.values().length;
            listTop = 0;
        } else if (Keys.right(k)) {
            ui().line = (ui().line + 1) % Line.values().length;
            listTop = 0;
        } else if (k.getKeyType() == KeyType.Character && k.getCharacter() >= '1' && k.getCharacter() <= '3') {
            ui().line = k.getCharacter() - '1';
            listTop = 0;
        } else if (Keys.is(k, KeyType.Home)) {
            ui().index[ui().line] = 0;
        } else if (Keys.is(k, KeyType.End)) {
            ui().index[ui().line] = Math.max(0, variants(line()).size() - 1);
        } else if (Keys.enter(k)) {
            Variant v = selected();
            if (v == null) {
                return;
            }
            var why = game.engine().whyIllegal(game.state(), side, v);
            if (why.isPresent()) {
                message = Ui.t("turn.not_allowed", why.get().message());
                messageRole = Role.WARN;
            } else {
                editing = true;
            }
        }
    }

    private void move(int d) {
        int n = variants(line()).size();
        if (n == 0) {
            return;
        }
        int i = ui().index[ui().line] + d;
        ui().index[ui().line] = Math.max(0, Math.min(n - 1, i));
    }

    private void editKey(KeyStroke k) {
        Game.SeatUi u = ui();
        if (Keys.is(k, KeyType.Escape)) {
            editing = false;
        } else if (Keys.enter(k)) {
            editing = false;
            Variant v = selected();
            String err = game.commit(side, v, u.rationale.text());
            if (err != null) {
                message = Ui.t("turn.not_allowed", err);
                messageRole = Role.WARN;
            }
        } else {
            u.rationale.key(k);
        }
    }
}
