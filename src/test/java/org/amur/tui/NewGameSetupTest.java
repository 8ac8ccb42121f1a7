package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.save.Names;
import org.amur.save.SaveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-game screen's length and names: chosen by keys, kept in the game and its save, shown on screen. */
class NewGameSetupTest {
    @TempDir
    Path saves;

    @Test
    void lengthAndNames_chosenOnTheNewGameScreen_areInTheGameTheSaveAndTheTopBar() throws Exception {
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('n'));
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowDown)); // Start -> Scenario -> Length
        assertThat(h.text()).contains("Length       < 8 turns (the whole scenario) >")
                .contains("Left and right choose from 1 to 8 turns.");
        for (int i = 0; i < 4; i++) {
            h.keys(k(KeyType.ArrowLeft));
        }
        assertThat(h.text()).contains("< 4 turns").contains("4 turns of a year each, from 2018.");
        h.keys(k(KeyType.ArrowDown)).type("Table 3 (jq)"); // j, k and q are letters in a name
        h.keys(k(KeyType.ArrowDown)).type("Red");
        h.keys(k(KeyType.ArrowDown)).type("Blue");
        assertThat(h.text()).contains("Table 3 (jq)", "Moscow team  Red", "Beijing team Blue");
        h.enter();
        Game g = h.app.game();
        assertThat(g).isNotNull();
        assertThat(g.engine().scenario().turns()).isEqualTo(4);
        assertThat(g.meta().names()).isEqualTo(new Names("Table 3 (jq)", "Red", "Blue"));
        assertThat(g.seating().name(org.amur.engine.Side.MOSCOW)).startsWith("Moscow, Red (");
        assertThat(g.saving().playAgainCommand()).contains("--scenario baseline --turns 4 --seed");
        h.enter(); // past the introduction
        assertThat(h.text().lines().findFirst().orElse("")).contains("Table 3 (jq) | Turn 1 of 4");
        h.keys(ch('q'));
        Path save = new SaveStore(saves).latestAutosave().orElseThrow().file();
        String json = Files.readString(save);
        assertThat(json).contains("\"turns\" : 4", "\"table\" : \"Table 3 (jq)\"", "\"moscow\" : \"Red\"");
    }

    @Test
    void aOneTurnGame_isOneTurn_notOneTurns() {
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('n'));
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowDown)); // Start -> Scenario -> Length
        h.keys(k(KeyType.ArrowRight)); // from the whole scenario round to the shortest game
        assertThat(h.text()).contains("Length       < 1 turn >").contains("1 turn of a year, from 2018.")
                .doesNotContain("1 turns");
    }

    @Test
    void newGameLabels_inEveryLanguage_endBeforeTheirValuesBegin() {
        for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, org.amur.engine.TextBundle.PSEUDO}) {
            org.amur.engine.TextBundle.use(l);
            try {
                Harness h = Harness.sync(80, 24, saves).menu().enter(); // New game is selected
                String[] labels = {"newgame.scenario", "newgame.turns", "newgame.table", "newgame.moscow_team",
                    "newgame.beijing_team", "newgame.timer", "newgame.moscow", "newgame.beijing",
                    "newgame.facilitator", "newgame.adjudication", "newgame.seed"};
                int widest = 0;
                for (String key : labels) {
                    widest = Math.max(widest, Canvas.columns(Ui.t(key)));
                }
                int valueColumn = 3 + NewGameView.labelWidth(new String[] {"x".repeat(widest)}, 80);
                for (String key : new String[] {"newgame.beijing_team", "newgame.moscow_team", "newgame.table"}) {
                    String label = Ui.t(key);
                    String line = h.text().lines().filter(r -> r.startsWith("  " + label, 1)).findFirst()
                            .orElseThrow(() -> new AssertionError(label + " is not on the screen:\n" + h.text()));
                    // the label, then at least one blank column, then the value at the shared column
                    assertThat(Canvas.columns(label) + 3).as(line).isLessThan(valueColumn);
                    assertThat(line.substring(3 + label.length(), valueColumn)).as(line).isBlank();
                    assertThat(line.substring(valueColumn)).as(line).startsWith(Ui.t("newgame.name_none"));
                }
            } finally {
                org.amur.engine.TextBundle.use(java.util.Locale.ENGLISH);
            }
        }
    }
}
