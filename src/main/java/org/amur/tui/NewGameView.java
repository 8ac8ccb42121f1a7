package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Side;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;

/** Setting up a game: scenario, who plays each seat, and the seed (shown, so the game can be replayed). */
final class NewGameView implements View {
    private static final int SCENARIO = 0;
    private static final int MOSCOW = 1;
    private static final int BEIJING = 2;
    private static final int SEED = 3;
    private static final int START = 4;

    private final App app;
    private final List<ScenarioList.Entry> scenarios;
    private final List<String> seats;
    private int field = START;
    private int scenario;
    private final int[] seat = new int[2];
    private String seed;
    private String message = "";
    private String scenarioError = "";
    private int[] cursor;

    NewGameView(App app, String scenarioId, String moscow, String beijing, Long seed) {
        this.app = app;
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
        seat[0] = Math.max(0, seats.indexOf(moscow == null ? Seats.HUMAN : moscow));
        seat[1] = Math.max(0, seats.indexOf(beijing == null ? "random" : beijing));
        this.seed = Long.toString(seed != null ? seed : app.config().newSeed().getAsLong());
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
        return false;
    }

    @Override
    public int[] cursor() {
        return cursor;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("newgame.title"), "");
        int row = 2;
        int labelW = 12;
        ScenarioList.Entry e = entry();
        String[] labels = {Ui.t("newgame.scenario"), Ui.t("newgame.moscow"), Ui.t("newgame.beijing"),
            Ui.t("newgame.seed")};
        String[] values = {
            e == null ? Ui.t("newgame.no_scenarios", app.config().scenarios().directory()) : e.title(),
            seatLabel(seats.get(seat[0])), seatLabel(seats.get(seat[1])), seed};
        cursor = null;
        for (int f = 0; f < 4; f++) {
            boolean sel = field == f;
            c.text(1, row, (sel ? c.glyphs().pointer() + " " : "  ") + labels[f], sel ? Role.BOLD : Role.NORMAL);
            int x = 3 + labelW;
            String v = f == SEED ? values[f] : "< " + values[f] + " >";
            int used = c.text(x, row, c.width() - x - 1, v, sel ? Role.SELECTED : Role.NORMAL);
            if (sel && f == SEED) {
                cursor = new int[] {x + used, row};
            }
            row += 2;
        }
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
            d.para(e.scenario().info().description());
            d.para(Ui.t("newgame.length", e.scenario().scenario().turns(), e.scenario().scenario().startYear()),
                    Role.DIM);
            d.blank();
        }
        d.para(Ui.t("newgame.mode." + mode()), Role.NORMAL);
        d.para(Ui.t("newgame.seed_note"), Role.DIM);
        for (int i = 0; i < d.size() && row + i < c.height() - 1; i++) {
            c.spans(2, row + i, c.width() - 4, d.rows().get(i));
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.newgame"));
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
        if (Keys.is(k, KeyType.Escape) || Keys.ch(k, 'q')) {
            app.pop();
        } else if (Keys.up(k) && !(field == SEED && Keys.ch(k, 'k'))) {
            field = (field + 4) % 5;
        } else if (Keys.down(k) && !(field == SEED && Keys.ch(k, 'j'))) {
            field = (field + 1) % 5;
        } else if (Keys.left(k) || Keys.right(k)) {
            int d = Keys.left(k) ? -1 : 1;
            switch (field) {
                case SCENARIO -> scenario = scenarios.isEmpty() ? 0 : (scenario + d + scenarios.size()) % scenarios.size();
                case MOSCOW -> seat[0] = (seat[0] + d + seats.size()) % seats.size();
                case BEIJING -> seat[1] = (seat[1] + d + seats.size()) % seats.size();
                default -> field = (field + d + 5) % 5;
            }
        } else if (Keys.enter(k)) {
            start();
        } else if (field == SEED) {
            if (Keys.is(k, KeyType.Backspace)) {
                seed = seed.isEmpty() ? seed : seed.substring(0, seed.length() - 1);
            } else if (Keys.ch(k, 'r')) {
                seed = Long.toString(app.config().newSeed().getAsLong());
            } else if (k.getKeyType() == KeyType.Character && Character.isDigit(k.getCharacter())
                    && seed.length() < 18) {
                seed = (seed.equals("0") ? "" : seed) + k.getCharacter();
            }
        }
    }

    private void start() {
        ScenarioList.Entry e = entry();
        if (e == null || e.scenario() == null) {
            message = e == null ? Ui.t("newgame.no_scenarios", app.config().scenarios().directory()) : e.problem();
            return;
        }
        long s;
        try {
            s = Long.parseLong(seed.isEmpty() ? "0" : seed);
        } catch (NumberFormatException ex) {
            message = Ui.t("newgame.bad_seed");
            return;
        }
        app.startGame(e.scenario(), s, seats.get(seat[Side.MOSCOW.ordinal()]), seats.get(seat[Side.BEIJING.ordinal()]));
    }
}
