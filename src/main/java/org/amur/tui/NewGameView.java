package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Side;
import org.amur.save.SaveMeta;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;

/**
 * Setting up a game: scenario, who plays each seat, whether a facilitator (the white cell) runs it and
 * how turns are adjudicated, and the seed (shown, so the game can be replayed).
 */
final class NewGameView implements View {
    private static final int SCENARIO = 0;
    private static final int LENGTH = 1;
    private static final int TABLE = 2;
    private static final int MOSCOW_TEAM = 3;
    private static final int BEIJING_TEAM = 4;
    private static final int TIMER = 5;
    private static final int MOSCOW = 6;
    private static final int BEIJING = 7;
    private static final int FACILITATOR = 8;
    private static final int ADJUDICATION = 9;
    private static final int SEED = 10;
    private static final int START = 11;
    private static final int FIELDS = 12;
    /** The facilitator choices: none, closed play, open play. */
    private static final String[] FACILITATORS = {"none", "closed", "open"};

    private final App app;
    private final List<ScenarioList.Entry> scenarios;
    private final List<String> seats;
    private int field = START;
    private int scenario;
    private final int[] seat = new int[2];
    private String seed;
    /** True until a digit is typed into the seed shown: the first digit replaces it, as in a selected field. */
    private boolean seedShown = true;
    private int facilitator;
    private int adjudication = SaveMeta.Adjudication.SEMI_RIGID.ordinal();
    private String message = "";
    private String scenarioError = "";
    private int[] cursor;
    /** The game's length (0: the scenario's own), and the names typed: table, Moscow's team, Beijing's team. */
    private int turns;
    private final TextField[] names = {new TextField(org.amur.save.Names.MAX),
        new TextField(org.amur.save.Names.MAX), new TextField(org.amur.save.Names.MAX)};
    /** The time each person has per turn in seconds (0: no timer), and what happens when it runs out. */
    private int timerSeconds;
    private org.amur.session.Match.TimeUp whenUp;

    NewGameView(App app, String scenarioId, String moscow, String beijing, Long seed) {
        this(app, scenarioId, moscow, beijing, seed, null);
    }

    NewGameView(App app, String scenarioId, String moscow, String beijing, Long seed, SaveMeta.Facilitator f) {
        this(app, scenarioId, moscow, beijing, seed, f, null, null);
    }

    NewGameView(App app, String scenarioId, String moscow, String beijing, Long seed, SaveMeta.Facilitator f,
                Integer gameTurns, org.amur.save.Names gameNames) {
        this.app = app;
        this.turns = gameTurns == null ? 0 : gameTurns;
        if (gameNames != null) {
            names[0].set(gameNames.table());
            names[1].set(gameNames.moscow());
            names[2].set(gameNames.beijing());
        }
        if (f != null) {
            facilitator = f.openPlay() ? 2 : 1;
            adjudication = f.adjudication().ordinal();
        }
        this.seats = app.config().bots().specs();
        this.scenarios = new ArrayList<>(ScenarioList.read(app.config().scenarios()));
        String want = scenarioId == null ? org.amur.scenario.ScenarioLoader.DEFAULT_ID : scenarioId;
        int found = -1;
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(want)) {
                found = i;
            }
        }
        if (found < 0 && scenarioId != null) {
            // a file outside the folder, or an id that is not there: resolve it the way the command line does
            try {
                LoadedScenario ls = app.config().scenarios().resolve(scenarioId);
                scenarios.add(0, new ScenarioList.Entry(java.nio.file.Path.of(ls.source()), ls, null));
                found = 0;
            } catch (ScenarioException e) {
                scenarioError = Ui.t("newgame.bad_scenario", scenarioId, ScenarioList.problems(e));
            } catch (RuntimeException e) {
                scenarioError = Ui.t("newgame.bad_scenario", scenarioId, e.getClass().getSimpleName());
            }
        }
        this.scenario = Math.max(0, found);
        seat[0] = Math.max(0, seats.indexOf(Seats.canonical(moscow == null ? Seats.HUMAN : moscow)));
        seat[1] = Math.max(0, seats.indexOf(Seats.canonical(beijing == null ? Seats.OPPONENT : beijing)));
        this.seed = Long.toString(seed != null ? seed : app.config().newSeed().getAsLong());
        warmIfSearch();
    }

    /**
     * When a search bot sits in the game being set up, warms the search while the rest is set (the game's
     * own first decision then starts warm, during the introduction); a throwaway search, so no choice changes.
     */
    private void warmIfSearch() {
        ScenarioList.Entry e = entry();
        if (e == null || e.scenario() == null) {
            return;
        }
        for (Side side : Side.values()) {
            String spec = seats.get(seat[side.ordinal()]);
            if (org.amur.ai.Bots.isSearch(spec)) {
                app.warmForNewGame(e.scenario(), side);
                return;
            }
        }
    }

    /** The turn timer the command line asked for (null: none). */
    NewGameView timed(TurnTimer t) {
        if (t != null) {
            timerSeconds = (int) Math.min(Integer.MAX_VALUE, t.perTurn().toSeconds());
            whenUp = t.whenUp();
        }
        return this;
    }

    /** The turn timer chosen here, or null. */
    TurnTimer timerChoice() {
        return timerSeconds <= 0 ? null : new TurnTimer(java.time.Duration.ofSeconds(timerSeconds), whenUp);
    }

    private String timerLabel() {
        if (timerSeconds <= 0) {
            return Ui.t("newgame.timer.none");
        }
        String rule = whenUp instanceof org.amur.session.Match.TimeUp.BotChooses b ? Ui.t("newgame.timer.bot", b.spec())
                : Ui.t("newgame.timer.keep");
        return Ui.t("newgame.timer.time", TurnTimer.clock(java.time.Duration.ofSeconds(timerSeconds)), rule);
    }

    /** The next time on offer above (d = 1) or below (d = -1) the one chosen, round the list. */
    private void stepTimer(int d) {
        int[] c = TurnTimer.CHOICES;
        int next = d > 0 ? c[0] : c[c.length - 1];
        for (int i = 0; i < c.length; i++) {
            int v = c[d > 0 ? i : c.length - 1 - i];
            if (d > 0 ? v > timerSeconds : v < timerSeconds) {
                next = v;
                break;
            }
        }
        timerSeconds = next;
    }

    /** For {@code amur play}: start at once if the scenario is usable, else stay here and say why. */
    void startIfReady() {
        if (scenarioError.isEmpty()) {
            start();
        }
    }

    private ScenarioList.Entry entry() {
        return scenarios.isEmpty() ? null : scenarios.get(scenario);
    }

    @Override
    public boolean typing() {
        return nameField();
    }

    private boolean nameField() {
        return field == TABLE || field == MOSCOW_TEAM || field == BEIJING_TEAM;
    }

    /** The length this game will have: the one chosen, else the scenario's own. */
    private int gameTurns(ScenarioList.Entry e) {
        return turns > 0 ? turns : e == null || e.scenario() == null ? 0 : e.scenario().length().turns();
    }

    private String lengthLabel(ScenarioList.Entry e) {
        if (e == null || e.scenario() == null) {
            return "";
        }
        int n = gameTurns(e);
        LoadedScenario.Length l = e.scenario().length();
        for (LoadedScenario.Preset p : l.presets()) {
            if (p.turns() == n) {
                return Ui.t("newgame.length.preset", n, p.name());
            }
        }
        return Ui.t(n == l.turns() ? "newgame.length.full" : "newgame.length.turns", n);
    }

    @Override
    public int[] cursor() {
        return cursor;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("newgame.title"), "");
        int row = 2;
        int gap = c.height() >= 30 ? 2 : 1;
        ScenarioList.Entry e = entry();
        String[] labels = {Ui.t("newgame.scenario"), Ui.t("newgame.turns"), Ui.t("newgame.table"),
            Ui.t("newgame.moscow_team"), Ui.t("newgame.beijing_team"), Ui.t("newgame.timer"),
            Ui.t("newgame.moscow"), Ui.t("newgame.beijing"), Ui.t("newgame.facilitator"), Ui.t("newgame.adjudication"),
            Ui.t("newgame.seed")};
        int labelW = labelWidth(labels, c.width());
        String[] values = {
            e == null ? Ui.t("newgame.no_scenarios", app.config().scenarios().directory()) : e.title(),
            lengthLabel(e), names[0].text(), names[1].text(), names[2].text(), timerLabel(),
            seatLabel(seats.get(seat[0])), seatLabel(seats.get(seat[1])),
            Ui.t("newgame.facilitator." + FACILITATORS[facilitator]),
            facilitator == 0 ? Ui.t("newgame.adjudication.unused") : Ui.t("adjudication." + adjudicationId()), seed};
        cursor = null;
        for (int f = 0; f < SEED + 1; f++) {
            boolean sel = field == f;
            boolean off = f == ADJUDICATION && facilitator == 0;
            c.text(1, row, c.fitEllipsis((sel ? c.glyphs().pointer() + " " : "  ") + labels[f], 1 + labelW),
                    sel ? Role.BOLD : off ? Role.DIM : Role.NORMAL);
            int x = 3 + labelW;
            boolean text = f == SEED || f == TABLE || f == MOSCOW_TEAM || f == BEIJING_TEAM;
            String v = text || off ? values[f] : "< " + values[f] + " >";
            if (!sel && v.isEmpty() && f != SEED) {
                v = Ui.t("newgame.name_none");
            }
            if (sel && f >= TABLE && f <= BEIJING_TEAM) {
                // the name being typed: its field keeps the end of a long name in view, with the cursor after it
                cursor = new int[] {names[f - TABLE].drawLine(c, x, row, c.width() - x, Role.SELECTED), row};
            } else {
                int used = c.text(x, row, c.width() - x - 1, v, sel ? Role.SELECTED
                        : off || (text && values[f].isEmpty()) ? Role.DIM : Role.NORMAL);
                if (sel && text) {
                    cursor = new int[] {x + used, row};
                }
            }
            row += gap;
        }
        row += 2 - gap;
        boolean startSel = field == START;
        String startLabel = (startSel ? c.glyphs().pointer() + " " : "  ") + "[ " + Ui.t("newgame.start") + " ]";
        c.text(1, row, startLabel, startSel ? Role.SELECTED : Role.BOLD);
        row += 2;
        Doc d = new Doc(c.width() - 4);
        if (!scenarioError.isEmpty()) {
            d.para(scenarioError, Role.WARN).blank();
        }
        if (!message.isEmpty()) {
            d.para(message, Role.WARN).blank();
        }
        if (e != null && e.problem() != null) {
            d.para(e.problem(), Role.WARN).blank();
        } else if (e != null) {
            boolean roomy = c.height() >= 30;
            if (roomy || field == SCENARIO) {
                d.para(e.scenario().info().description());
            }
            int n = gameTurns(e);
            d.para(Ui.t("newgame.length", n, e.scenario().scenario().startYear()) + (field == LENGTH
                    ? " " + Ui.t("newgame.length_range", e.scenario().length().min(), e.scenario().length().max())
                    : ""), Role.DIM);
            d.blank();
        }
        // the note on the field being set comes before the general ones, so it is never the part cut off
        if (field == TIMER) {
            d.para(Ui.t("newgame.timer_note"), Role.DIM);
        }
        if (field == SEED) {
            d.para(Ui.t("newgame.seed_note"), Role.DIM);
        }
        d.para(Ui.t("newgame.mode." + mode()), Role.NORMAL);
        if (facilitator > 0) {
            d.para(Ui.t("newgame.facilitator_note." + FACILITATORS[facilitator]) + " "
                    + Ui.t("adjudication.about." + adjudicationId()), Role.NORMAL);
        }
        if (c.height() >= 30 && field != SEED) {
            d.para(Ui.t("newgame.seed_note"), Role.DIM);
        }
        int room = c.height() - 1 - row;
        for (int i = 0; i < d.size() && i < room; i++) {
            List<Span> spans = d.rows().get(i);
            if (i == room - 1 && d.size() > room) {
                // the explanation goes on below the screen: its last row says so with an ellipsis
                StringBuilder rest = new StringBuilder();
                for (Span sp : spans) {
                    rest.append(sp.text());
                }
                List<Span> next = d.rows().get(i + 1);
                rest.append(' ').append(next.isEmpty() ? "" : next.get(0).text().strip());
                spans = List.of(new Span(c.continued(rest.toString(), c.width() - 4),
                        spans.isEmpty() ? Role.DIM : spans.get(0).role()));
            }
            c.spans(2, row + i, c.width() - 4, spans);
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.newgame"));
    }

    /**
     * The column the values start after the pointer: the widest label (in this language) plus one space,
     * but never more than a third of the screen, so a long translation cannot push the values off it.
     */
    static int labelWidth(String[] labels, int screenWidth) {
        int w = 0;
        for (String l : labels) {
            w = Math.max(w, Canvas.columns(Canvas.clean(l)));
        }
        return Math.min(w + 1, Math.max(8, screenWidth / 3));
    }

    private String mode() {
        boolean hm = seats.get(seat[0]).equals(Seats.HUMAN);
        boolean hb = seats.get(seat[1]).equals(Seats.HUMAN);
        return hm && hb ? "hot_seat" : hm || hb ? "solo" : "bots";
    }

    private static String seatLabel(String spec) {
        return Seats.HUMAN.equals(spec) ? Ui.t("seat.human_choice") : Ui.t("seat.bot", spec);
    }

    @Override
    public void key(KeyStroke k) {
        message = "";
        int was = field;
        try {
            handle(k);
        } finally {
            if (field == SEED && was != SEED) {
                seedShown = true;
            }
        }
    }

    private void handle(KeyStroke k) {
        if (nameField() && !Keys.is(k, KeyType.Escape) && !Keys.is(k, KeyType.ArrowUp)
                && !Keys.is(k, KeyType.ArrowDown) && !Keys.enter(k) && !Keys.left(k) && !Keys.right(k)) {
            int i = field - TABLE;
            names[i].key(k);
            return;
        }
        if (Keys.is(k, KeyType.Escape) || Keys.ch(k, 'q')) {
            app.pop();
        } else if (Keys.up(k) && !(field == SEED && Keys.ch(k, 'k'))) {
            field = step(field, -1);
        } else if (Keys.down(k) && !(field == SEED && Keys.ch(k, 'j'))) {
            field = step(field, 1);
        } else if (Keys.left(k) || Keys.right(k)) {
            int d = Keys.left(k) ? -1 : 1;
            int adjudications = SaveMeta.Adjudication.values().length;
            switch (field) {
                case SCENARIO -> {
                    scenario = scenarios.isEmpty() ? 0 : (scenario + d + scenarios.size()) % scenarios.size();
                    turns = 0;
                }
                case LENGTH -> {
                    ScenarioList.Entry e = entry();
                    if (e != null && e.scenario() != null) {
                        LoadedScenario.Length l = e.scenario().length();
                        int n = gameTurns(e) + d;
                        turns = n < l.min() ? l.max() : n > l.max() ? l.min() : n;
                    }
                }
                case MOSCOW -> {
                    seat[0] = (seat[0] + d + seats.size()) % seats.size();
                    warmIfSearch();
                }
                case BEIJING -> {
                    seat[1] = (seat[1] + d + seats.size()) % seats.size();
                    warmIfSearch();
                }
                case FACILITATOR -> facilitator = (facilitator + d + FACILITATORS.length) % FACILITATORS.length;
                case ADJUDICATION -> adjudication = (adjudication + d + adjudications) % adjudications;
                case TIMER -> stepTimer(d);
                case TABLE, MOSCOW_TEAM, BEIJING_TEAM -> { }
                default -> field = step(field, d);
            }
        } else if (Keys.enter(k)) {
            start();
        } else if (field == SEED) {
            if (Keys.is(k, KeyType.Backspace)) {
                seed = seed.isEmpty() ? seed : seed.substring(0, seed.length() - 1);
                seedShown = false;
            } else if (Keys.ch(k, 'r')) {
                seed = Long.toString(app.config().newSeed().getAsLong());
                seedShown = true;
            } else if (k.getKeyType() == KeyType.Character && Character.isDigit(k.getCharacter())) {
                if (seedShown) {
                    seed = "";
                    seedShown = false;
                }
                if (seed.length() < 18) {
                    seed = (seed.equals("0") ? "" : seed) + k.getCharacter();
                }
            }
        }
    }

    /** The next field up or down; the adjudication is skipped while there is no facilitator. */
    private int step(int from, int d) {
        int f = (from + d + FIELDS) % FIELDS;
        if (f == ADJUDICATION && facilitator == 0) {
            f = (f + d + FIELDS) % FIELDS;
        }
        return f;
    }

    private String adjudicationId() {
        return SaveMeta.Adjudication.values()[adjudication].id();
    }

    /** The white cell's settings chosen here, or null for no facilitator. */
    SaveMeta.Facilitator facilitatorChoice() {
        return facilitator == 0 ? null
                : new SaveMeta.Facilitator(facilitator == 2, SaveMeta.Adjudication.values()[adjudication]);
    }

    private void start() {
        ScenarioList.Entry e = entry();
        if (e == null || e.scenario() == null) {
            message = e == null ? Ui.t("newgame.no_scenarios", app.config().scenarios().directory()) : e.problem();
            return;
        }
        if (seed.isEmpty()) {
            field = SEED;
            message = Ui.t("newgame.empty_seed");
            return;
        }
        long s;
        try {
            s = Long.parseLong(seed);
        } catch (NumberFormatException ex) {
            message = Ui.t("newgame.bad_seed");
            return;
        }
        int n = gameTurns(e);
        var whyNot = e.scenario().whyNotTurns(n);
        if (whyNot.isPresent()) {
            field = LENGTH;
            message = whyNot.get();
            return;
        }
        String[] what = {Ui.t("newgame.table_name"), Ui.t("newgame.team_name", Side.MOSCOW.displayName()),
            Ui.t("newgame.team_name", Side.BEIJING.displayName())};
        for (int i = 0; i < names.length; i++) {
            var bad = org.amur.save.Names.whyNot(what[i], names[i].text());
            if (bad.isPresent()) {
                field = TABLE + i;
                message = bad.get();
                return;
            }
        }
        app.startGame(e.scenario().withTurns(n), s, seats.get(seat[Side.MOSCOW.ordinal()]),
                seats.get(seat[Side.BEIJING.ordinal()]), facilitatorChoice(),
                new org.amur.save.Names(names[0].text(), names[1].text(), names[2].text()), timerChoice());
    }
}
