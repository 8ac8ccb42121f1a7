package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Side;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.session.Session;

/**
 * Before a "what if": says what branching at a turn does (a new game from the start of that turn,
 * the original save untouched, where the new one goes and how it names its parent) and lets the user
 * keep or change who plays each seat. Enter starts it: the branch is saved at once under a new name
 * and played on the normal game screen.
 */
final class BranchView implements View {
    private static final int MOSCOW = 0;
    private static final int BEIJING = 1;
    private static final int START = 2;

    private final App app;
    private final Session session;
    private final SaveMeta meta;
    private final String parent;
    private final int turn;
    private final List<String> specs;
    private final int[] seat = new int[2];
    private int field = START;
    private String message = "";

    BranchView(App app, Session session, SaveMeta meta, String parent, int turn) {
        this.app = app;
        this.session = session;
        this.meta = meta;
        this.parent = parent;
        this.turn = turn;
        this.specs = app.config().bots().specs();
        seat[MOSCOW] = Math.max(0, specs.indexOf(Seats.canonical(meta.moscow())));
        seat[BEIJING] = Math.max(0, specs.indexOf(Seats.canonical(meta.beijing())));
    }

    private int year() {
        return session.engine().scenario().yearOf(turn);
    }

    /** The base of the new save's name: the parent's, then {@code -from-t<turn>}. */
    private String baseName() {
        String b = SaveStore.branchName(parent, turn);
        return b.isEmpty() ? "branch-from-t" + turn : b;
    }

    private String newName() {
        try {
            return app.config().saves().unusedName(baseName());
        } catch (SaveException e) {
            return baseName();
        }
    }

    /** The record the new game carries in every save: the chosen seats and its parent. */
    SaveMeta branchMeta() {
        return meta.branchedFrom(parent, turn).withSeats(specs.get(seat[MOSCOW]), specs.get(seat[BEIJING]));
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("branch.title", turn, year()), "");
        SaveStore saves = app.config().saves();
        String name = newName();
        Doc d = new Doc(c.width() - 4);
        d.para(Ui.t("branch.explain", turn, year(), parent)).blank();
        d.para(Ui.t("branch.where", name + ".json", saves.directory(), parent, turn,
                saves.newAutosaveFile(session, branchMeta()).getFileName()), Role.DIM).blank();
        d.para(Ui.t("branch.seats"), Role.BOLD);
        int row = 2;
        // the explanation, but always leave room for the three fields and the message below it
        int room = Math.max(1, c.height() - 2 - row - 7);
        for (int i = 0; i < d.size() && i < room; i++) {
            c.spans(2, row + i, c.width() - 4, d.rows().get(i));
        }
        row += Math.min(d.size(), room) + 1;
        String[] labels = {Ui.t("newgame.moscow"), Ui.t("newgame.beijing")};
        for (int f = 0; f < 2; f++) {
            boolean sel = field == f;
            c.text(1, row, (sel ? c.glyphs().pointer() + " " : "  ") + labels[f], sel ? Role.BOLD : Role.NORMAL);
            c.text(15, row, c.width() - 16, "< " + seatLabel(specs.get(seat[f])) + " >",
                    sel ? Role.SELECTED : Role.NORMAL);
            row++;
        }
        row++;
        boolean startSel = field == START;
        c.text(1, row, (startSel ? c.glyphs().pointer() + " " : "  ") + "[ " + Ui.t("branch.start") + " ]",
                startSel ? Role.SELECTED : Role.BOLD);
        row += 2;
        for (String l : Canvas.wrap(message, c.width() - 4)) {
            if (row < c.height() - 1) {
                c.text(2, row++, l, Role.WARN);
            }
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.branch"));
    }

    private static String seatLabel(String spec) {
        return Seats.HUMAN.equals(spec) ? Ui.t("seat.human_choice") : Ui.t("seat.bot", spec);
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.back(k)) {
            app.pop();
        } else if (Keys.up(k)) {
            field = (field + 2) % 3;
        } else if (Keys.down(k)) {
            field = (field + 1) % 3;
        } else if ((Keys.left(k) || Keys.right(k)) && field != START) {
            int d = Keys.left(k) ? -1 : 1;
            seat[field] = (seat[field] + d + specs.size()) % specs.size();
        } else if (Keys.enter(k)) {
            start();
        }
    }

    /** Makes the branch, saves it under a new name and plays it; a failure stays here as one sentence. */
    private void start() {
        Session branch;
        Path file;
        SaveMeta m = branchMeta();
        try {
            branch = session.branchAt(turn);
            file = app.config().saves().save(branch, newName(), m);
        } catch (SaveException e) {
            message = e.getMessage();
            return;
        } catch (RuntimeException e) {
            message = Ui.t("branch.failed", e.getClass().getSimpleName());
            return;
        }
        app.startBranch(branch, m, file, parent);
    }

    /** For tests: the seat spec chosen for {@code side}. */
    String seat(Side side) {
        return specs.get(seat[side.ordinal()]);
    }
}
