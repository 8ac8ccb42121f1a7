package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.session.Session;

/**
 * The debrief viewer: a saved (or just finished) game one turn at a time. For each turn: the main
 * indicators at its start with their change over the turn, its world events, both choices with the
 * players' reasons, every roll and change with its source, the facilitator's interventions, and the
 * net result. A finished game is shown whole, secrets included (labelled as such); a game still in
 * play shows only what both sides may know (the view is named on screen) until {@code a}, after a
 * question, shows everything to the facilitator, as {@code amur replay --all} does. A turn that was not finished when the game was saved shows only who had
 * chosen: a choice that was never revealed stays sealed, since the engine's events never carry it.
 * Read-only: nothing here writes a file; {@code b} opens {@link BranchView} for a "what if".
 */
final class ReplayView extends DocView {
    /** The indicators in the table at the top of a turn, in order (public ones first). */
    static final List<Indicator> MAIN = List.of(Indicator.RU_SCORE, Indicator.CN_SCORE, Indicator.TRUST,
            Indicator.INTEROPERABILITY, Indicator.ALLIANCE_LEVEL, Indicator.US_CHINA_WAR_RISK,
            Indicator.RUSSIA_NATO_TENSION, Indicator.RU_DEFENSE_INDUSTRY, Indicator.RU_FAR_EAST_SECURITY,
            Indicator.RU_TECH_EDGE, Indicator.CN_PLA_MODERNIZATION, Indicator.CN_LEVERAGE,
            Indicator.CN_COPY_PROGRESS);

    private final Session session;
    private final SaveMeta meta;
    private final String saveName;
    /** The saves this branch descends from, its parent first ({@link org.amur.save.SaveStore#ancestors}). */
    private final List<org.amur.save.SaveInfo> ancestors;
    private final int last;
    private int turn = 1;
    /**
     * What the viewer shows: a finished game whole, secrets included; a game still in play only what
     * both sides may know, until someone (the facilitator) asks for everything with {@code a}.
     */
    private Audience audience;

    /**
     * @param saveName the save this game is in (named as the parent of a branch), or null when there
     *                 is none, in which case branching is not offered
     */
    ReplayView(App app, Session session, SaveMeta meta, String saveName) {
        this(app, session, meta, saveName, List.of());
    }

    /** The same, for a branch whose parent, grandparent... are {@code ancestors} (parent first, may be empty). */
    ReplayView(App app, Session session, SaveMeta meta, String saveName, List<org.amur.save.SaveInfo> ancestors) {
        super(app);
        this.session = session;
        this.meta = meta;
        this.saveName = saveName;
        this.ancestors = List.copyOf(ancestors);
        this.last = Math.max(1, session.state().isOver() ? session.resolvedTurns() : session.resolvedTurns() + 1);
        this.audience = session.state().isOver() ? Audience.FACILITATOR : Audience.PUBLIC;
    }

    /** Who the viewer is showing the game to: everything, or (a game still in play) the public view. */
    Audience audience() {
        return audience;
    }

    int turn() {
        return turn;
    }

    int lastTurn() {
        return last;
    }

    /** True when turn {@code t} was played to its end (both choices revealed and resolved). */
    private boolean resolved(int t) {
        return t <= session.resolvedTurns();
    }

    private Scenario scenario() {
        return session.engine().scenario();
    }

    private void go(int t) {
        int next = Math.max(1, Math.min(last, t));
        if (next != turn) {
            turn = next;
            scroller.toTop();
        }
    }

    // ------------------------------------------------------------------ drawing

    @Override
    String title() {
        return Ui.t("replay.title", session.scenario().info().title());
    }

    @Override
    String right() {
        return Ui.t(resolved(turn) ? "replay.position" : "replay.position_pending", turn, last,
                scenario().yearOf(turn));
    }

    @Override
    int fixedRows(Canvas c) {
        return 3;
    }

    @Override
    void drawFixed(Canvas c, int top) {
        timeline(c, top);
        // a branch's seats are its own from the turn it branched at; the turns before were the parent's
        String seats = meta.parent() != null && turn < meta.parentTurn() ? Ui.t("replay.seats_parent", playedIn(turn))
                : Ui.t("replay.seats", seatLabel(meta.moscow()), seatLabel(meta.beijing()));
        int used = c.text(1, top + 1, c.width() - 2, seats, Role.DIM);
        if (meta.parent() != null) {
            c.text(1 + used + 3, top + 1, c.width() - used - 5,
                    Ui.t("replay.from", glyphs.branch(), meta.parent(), meta.parentTurn()), Role.DIM);
        }
        c.hline(0, top + 2, c.width(), Role.DIM);
    }

    /**
     * The game turn {@code t} (before this branch's own turns) was played in: the parent, or for a branch of a
     * branch the ancestor where it was played, as far as the ancestors' saves are there to say.
     */
    private String playedIn(int t) {
        String name = meta.parent();
        for (org.amur.save.SaveInfo a : ancestors) {
            if (!a.name().equals(name) || a.parent() == null || t >= a.parentTurn()) {
                break;
            }
            name = a.parent();
        }
        return name;
    }

    /** The years of the scenario: the one shown highlighted, unfinished or unplayed ones set apart. */
    private void timeline(Canvas c, int row) {
        int n = scenario().turns();
        int x = 1;
        int cell = 1 + 4 + 1 + 1; // [2020] and a space
        if (n * cell + 1 > c.width()) {
            cell = 1 + 2 + 1 + 1;
        }
        for (int t = 1; t <= n; t++) {
            String year = Integer.toString(scenario().yearOf(t));
            if (cell < 7) {
                year = year.substring(year.length() - 2);
            }
            boolean here = t == turn;
            Role role = here ? Role.SELECTED : t > last ? Role.DISABLED : resolved(t) ? Role.NORMAL : Role.WARN;
            String label = here ? "[" + year + "]" : " " + year + " ";
            if (!here && !resolved(t) && t <= last) {
                label = " " + year + "*";
            }
            c.text(x, row, cell, label, role);
            x += cell;
        }
        boolean all = audience == Audience.FACILITATOR;
        c.text(x + 1, row, c.width() - x - 2, Ui.t(all ? "replay.debrief" : "replay.public"),
                all ? Role.DIM : Role.WARN);
    }

    private static String seatLabel(String spec) {
        return Seats.HUMAN.equals(spec) ? Ui.t("seat.human") : Ui.t("seat.bot", spec);
    }

    /**
     * The side and who played it in the turn shown. A branch records only its own seats: the turns before it
     * were chosen by the parent's players, who may have been others, so those turns name the side alone.
     */
    private String seatName(Side s) {
        if (meta.parent() != null && turn < meta.parentTurn()) {
            return s.displayName();
        }
        return s.displayName() + " (" + seatLabel(s == Side.MOSCOW ? meta.moscow() : meta.beijing()) + ")";
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        boolean done = resolved(turn);
        int year = scenario().yearOf(turn);
        if (!done) {
            d.para(Ui.t("replay.pending"), Role.WARN).blank();
        }
        indicators(d, width, done);
        // A resolved turn as this viewer's audience may see it (everything, for a finished game or when
        // asked); an unfinished turn's events carry no choice (ChoiceCommitted names only the side).
        List<Event> events = audience.redact(List.copyOf(session.eventsOfTurn(turn)));
        Story story = new Story(d, session.scenario().info(), glyphs).scoredBy(session.engine());
        if (audience == Audience.FACILITATOR) {
            story.markSecrets();
        }
        d.heading(Ui.t("replay.events_heading", year));
        boolean anyCard = false;
        boolean revealed = false;
        boolean[] chosen = new boolean[2];
        for (Event e : events) {
            if (e instanceof Event.GameStarted || e instanceof Event.TurnStarted) {
                continue;
            }
            if (!revealed) {
                if (e instanceof Event.ChoiceCommitted c) {
                    chosen[c.side().ordinal()] = true;
                } else if (e instanceof Event.ChoiceWithdrawn w) {
                    chosen[w.side().ordinal()] = false;
                    d.para(Ui.t("replay.withdrawn", w.side().displayName()), Role.DIM, 2, 2);
                } else if (e instanceof Event.ChoicesRevealed r) {
                    if (!anyCard) {
                        d.para(Ui.t("replay.no_events"), Role.DIM, 2, 2);
                    }
                    choices(d, r, year);
                    d.heading(Ui.t("replay.followed_heading"));
                    revealed = true;
                } else {
                    anyCard |= e instanceof Event.CardDrawn || e instanceof Event.Injected;
                    story.add(e, false);
                }
                continue;
            }
            story.add(e, false);
        }
        if (!revealed) {
            if (!anyCard) {
                d.para(Ui.t("replay.no_events"), Role.DIM, 2, 2);
            }
            d.heading(Ui.t("replay.choices_heading", year));
            for (Side s : Side.values()) {
                d.para(seatName(s) + " " + Ui.t(chosen[s.ordinal()] ? "replay.choice_sealed" : "replay.choice_none"),
                        s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING, 2, 4);
            }
        }
        return d;
    }

    private void choices(Doc d, Event.ChoicesRevealed r, int year) {
        d.heading(Ui.t("replay.choices_heading", year));
        for (Side s : Side.values()) {
            Variant v = s == Side.MOSCOW ? r.moscow() : r.beijing();
            String why = s == Side.MOSCOW ? r.moscowRationale() : r.beijingRationale();
            d.para(seatName(s) + " " + Ui.t("roleof." + v.role(s), Text.title(v)),
                    s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING, 2, 4);
            d.para(why.isEmpty() ? Ui.t("replay.no_why") : Ui.t("replay.why", why), Role.NORMAL, 4, 2);
        }
    }

    /**
     * The main indicators at the start of the turn (after its world events) and, for a finished turn,
     * their change by the start of the next one (or the end of the game).
     */
    private void indicators(Doc d, int width, boolean done) {
        GameState start = session.stateAtTurnStart(turn);
        GameState end = done ? session.stateAtTurnStart(turn + 1) : null;
        // Turn starts are taken after the year's world events, so the change runs from one year's
        // decision to the next (as on the dashboard), or to the end of a finished game.
        String heading = !done ? "replay.start_heading_pending"
                : turn == session.resolvedTurns() && session.state().isOver() ? "replay.start_heading_end"
                : "replay.start_heading";
        d.row(new Span(Ui.t(heading, scenario().yearOf(turn), scenario().yearOf(turn + 1)), Role.HEADER));
        List<Span[]> cells = new ArrayList<>();
        List<Indicator> secret = new ArrayList<>();
        for (Indicator i : MAIN) {
            if (i.visibility() != Indicator.Visibility.PUBLIC) {
                if (audience.sees(i)) {
                    secret.add(i);
                }
            } else {
                cells.add(cell(i, start, end, 17));
            }
        }
        int cols = width >= 72 ? 2 : 1;
        int rows = (cells.size() + cols - 1) / cols;
        for (int r = 0; r < rows; r++) {
            List<Span> row = new ArrayList<>();
            for (int k = 0; k < cols; k++) {
                int idx = k * rows + r;
                if (idx >= cells.size()) {
                    break;
                }
                row.add(new Span(k == 0 ? "  " : "    ", Role.NORMAL));
                row.addAll(List.of(cells.get(idx)));
            }
            d.row(row);
        }
        for (Indicator i : secret) {
            String who = i.visibility() == Indicator.Visibility.BEIJING_ONLY ? Side.BEIJING.displayName()
                    : Side.MOSCOW.displayName();
            Span[] c = cell(i, start, end, 17);
            List<Span> row = new ArrayList<>();
            row.add(new Span("  ", Role.NORMAL));
            row.addAll(List.of(c));
            row.add(new Span(" " + Ui.t("replay.secret_row", who), Role.WARN));
            d.row(row);
        }
    }

    private Span[] cell(Indicator i, GameState start, GameState end, int labelW) {
        String full = Text.label(i);
        String label = Canvas.columns(full) <= labelW ? full : Ui.t("dash." + i.id());
        double v = start.get(i);
        String shown = Narration.number(v, 1);
        Span value = new Span(Canvas.padLeft(shown.length() > 6 ? Narration.number(v, 0) : shown, 6), Role.NORMAL);
        if (end == null) {
            return new Span[] {new Span(Canvas.pad(label, labelW) + " ", Role.NORMAL), value,
                new Span(Canvas.pad("", 9), Role.NORMAL)};
        }
        double change = org.amur.engine.Narration.shownDifference(v, end.get(i)); // adds up to the value shown the next year
        Role role = Math.abs(change) < 0.05 ? Role.DIM : change > 0 ? Role.UP : Role.DOWN;
        return new Span[] {new Span(Canvas.pad(label, labelW) + " ", Role.NORMAL), value,
            new Span(" " + Canvas.padLeft(Dashboard.delta(change, true, true, glyphs, 5), 8), role)};
    }

    // ------------------------------------------------------------------ keys

    @Override
    String keys() {
        String keys = Ui.t(saveName == null ? "keys.replay_nobranch" : "keys.replay");
        return audience == Audience.FACILITATOR ? keys : Ui.t("keys.replay_all") + "|" + keys;
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.left(k) || Keys.ch(k, 'h') || Keys.ch(k, '[')) {
            go(turn - 1);
        } else if (Keys.right(k) || Keys.ch(k, 'l') || Keys.ch(k, ']')) {
            go(turn + 1);
        } else if (Keys.is(k, KeyType.Home)) {
            go(1);
        } else if (Keys.is(k, KeyType.End)) {
            go(last);
        } else if (Keys.ch(k, 'b')) {
            branch();
        } else if (Keys.ch(k, 'a') && audience != Audience.FACILITATOR) {
            app.push(new ConfirmView(app, Ui.t("replay.all_title"), Ui.t("replay.all_question"), () -> {
                audience = Audience.FACILITATOR;
                scroller.toTop();
            }));
        } else if (Keys.back(k)) {
            app.pop();
        } else {
            scroller.key(k, page);
        }
    }

    private void branch() {
        if (saveName == null) {
            app.push(new MessageView(app, Ui.t("replay.no_branch_title"), Ui.t("replay.no_branch")));
            return;
        }
        app.push(new BranchView(app, session, meta, saveName, turn));
    }
}
