package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amur.save.SaveMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 14: at 80x24 no screen cuts text without saying so. Each screen here used to cut text
 * silently (or scroll the roll just changed away); each is played by keys in a virtual terminal.
 */
class Cut80x24Test {
    private static final String ELLIPSIS = Glyphs.UNICODE.ellipsis();
    private static final String LONG = "because the treaty obligations we signed in the spring require a visible"
            + " answer before the autumn session of the council opens";

    @TempDir
    Path saves;

    private static String flat(String screen) {
        return screen.replaceAll("[\\s│█▼▲]+", " ");
    }

    private static List<String> lines(Harness h) {
        return List.of(h.text().split("\n", -1));
    }

    /** A semi-rigid facilitated hot seat at 80x24 where both sides chose arms with a long reason: the ruling. */
    private Harness ruling() {
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", 9L, "human", "human").facilitated(
                        new SaveMeta.Facilitator(false, SaveMeta.Adjudication.SEMI_RIGID))).enter();
        h.enter();
        h.keys(ch('3'), k(KeyType.Home)).enter().type(LONG).enter();
        h.enter();
        h.keys(ch('3'), k(KeyType.Home)).enter().type(LONG).enter();
        h.enter();
        assertThat(h.app.top()).isInstanceOf(RulingView.class);
        return h;
    }

    @Test
    void ruling_aReasonCutInTheHeader_endsInAnEllipsis_andIsGivenWholeOnTheScreen() {
        Harness h = ruling();
        assertThat(lines(h).get(1)).startsWith(" Moscow:").endsWith(ELLIPSIS);
        assertThat(lines(h).get(2)).startsWith(" Beijing:").endsWith(ELLIPSIS);
        // the whole reason is on the screen below the dice (scrolled to if need be)
        StringBuilder seen = new StringBuilder(h.text());
        for (int i = 0; i < 4; i++) {
            h.keys(k(KeyType.PageDown));
            seen.append(h.text());
        }
        assertThat(flat(seen.toString())).contains("Why they chose it, in full").contains("Moscow: " + LONG)
                .contains("Beijing: " + LONG);
    }

    @Test
    void ruling_overturningARoll_keepsThatRollAndItsRulingOnTheScreen() {
        Harness h = ruling();
        h.keys(k(KeyType.ArrowDown)); // the second roll, the delivery of the deal
        String pointer = Glyphs.UNICODE.pointer() + " ";
        h.keys(k(KeyType.PageDown), k(KeyType.PageDown));
        assertThat(h.text()).as("paged away from the rolls").doesNotContain(pointer + "Delivery");
        h.keys(ch(' '));
        assertThat(((RulingView) h.app.top()).ruling().changed()).isTrue();
        assertThat(h.text()).as("the roll just overturned is in view").contains(pointer + "Delivery (Engines")
                .contains("overturned, counts as no");
    }

    @Test
    void menu_theContinueNote_showsTheWholeDateItWasSaved() {
        Harness g = Harness.sync(80, 24, saves).game(7, "human", Seats.OPPONENT).enter();
        g.keys(ch('1')).enter().enter().enter(); // a turn played: the autosave has it
        Harness m = Harness.sync(80, 24, saves).menu();
        String when = Saves.when(m.saves.list().get(0).savedAt());
        assertThat(flat(m.text())).contains("saved " + when);
        assertThat(m.text()).doesNotContain(ELLIPSIS);
    }

    @Test
    void loadList_aNameTooLongForItsColumn_endsInAnEllipsis() throws Exception {
        Harness g = Harness.sync(80, 24, saves).game(7, "human", Seats.OPPONENT).enter();
        g.keys(ch('1')).enter().enter().enter();
        Path auto = g.saves.list().get(0).file();
        String longName = "the-classroom-game-of-the-third-period-tuesday";
        Files.copy(auto, saves.resolve(longName + ".json"));
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('o'));
        assertThat(h.app.top()).isInstanceOf(LoadView.class);
        String row = lines(h).stream().filter(l -> l.contains("the-classroom")).findFirst().orElseThrow();
        assertThat(row).contains("the-classroom-game-of-the-third-p" + ELLIPSIS).doesNotContain(longName);
        assertThat(row).contains("baseline");
        // a wider screen gives the name the room: at 120 columns it is whole, and the columns after it still fit
        Harness wide = Harness.sync(120, 30, saves).menu().keys(ch('o'));
        String wideRow = wide.text().lines().filter(l -> l.contains("the-classroom")).findFirst().orElseThrow();
        assertThat(wideRow).contains(longName).contains("baseline").doesNotContain(ELLIPSIS);
    }

    @Test
    void newGame_anExplanationLongerThanItsRoom_endsInAnEllipsis_andTheFieldsOwnNoteComesFirst() {
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('n'));
        for (int i = 0; i < 13 && !selected(h).contains("Facilitator"); i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        h.keys(k(KeyType.ArrowRight)); // a facilitator: two more paragraphs of explanation
        assertThat(flat(h.text())).contains("Facilitator < facilitator, closed play");
        for (int i = 0; i < 10 && !selected(h).contains("Turn timer"); i++) {
            h.keys(k(KeyType.ArrowUp)); // back to the turn timer, whose note is four rows
        }
        assertThat(selected(h)).contains("Turn timer");
        List<String> rows = lines(h);
        String lastText = rows.get(22).strip();
        assertThat(lastText).as("the row above the key bar").endsWith(ELLIPSIS);
        assertThat(flat(h.text())).contains("In a hot seat both sides share the turn's time.");
    }

    private static String selected(Harness h) {
        return lines(h).stream().filter(l -> l.startsWith(" " + Glyphs.UNICODE.pointer())).findFirst().orElse("");
    }

    @Test
    void reveal_headersEndCutReasonsInAnEllipsis_andGiveThemWhole() {
        Harness h = Harness.sync(80, 24, saves).game(9, "human", "human").enter();
        h.keys(ch('3'), k(KeyType.Home)).enter().type(LONG).enter();
        h.enter();
        h.keys(ch('3'), k(KeyType.Home)).enter().type(LONG).enter();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(lines(h).get(4)).contains(ELLIPSIS);
        assertThat(flat(h.text())).contains("Moscow: " + LONG);
    }

    @Test
    void turn_aLongEventCardTitle_isCutWithAnEllipsis_andTheHintToReadTheCardsStays() throws Exception {
        // the baseline with every card's title as long as a card may have it (80 characters)
        Path scenarios = saves.resolve("scenarios");
        Files.createDirectories(scenarios.resolve("schema"));
        Files.copy(Path.of("scenarios/schema/scenario.schema.json"), scenarios.resolve("schema/scenario.schema.json"));
        tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.JsonNode root = json.readTree(Files.readString(Path.of("scenarios/baseline.json")));
        for (tools.jackson.databind.JsonNode card : root.get("deck")) {
            String title = card.get("title").asString() + ", and what the council said about it in the spring";
            ((tools.jackson.databind.node.ObjectNode) card).put("title", title.substring(0, Math.min(80,
                    title.length())));
        }
        Files.writeString(scenarios.resolve("baseline.json"), json.writeValueAsString(root));
        Harness h = null;
        for (long seed = 1; seed < 40 && (h == null || h.app.game().cardsNow().isEmpty()); seed++) {
            h = new Harness(80, 24, saves, scenarios, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                    Seats.FACTORY).start(App.Start.game("baseline", seed, "human", "historian")).enter();
        }
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        assertThat(h.app.game().cardsNow()).as("a seed whose first year draws a card").isNotEmpty();
        String events = lines(h).stream().filter(l -> l.startsWith("This year:")).findFirst().orElseThrow();
        assertThat(events).as(h.text()).contains(ELLIPSIS).endsWith("(b: read them)");
    }
}
