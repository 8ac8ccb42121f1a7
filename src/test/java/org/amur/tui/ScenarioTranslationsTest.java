package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amur.engine.Scenario;
import org.amur.engine.TextBundle;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's words in a second language ({@code translations} in the file): chosen by the language
 * of the game, English where the translation is silent, checked by {@code validate}, and on screen.
 * {@code src/test/resources/scenarios/translated.json} is the baseline with part of its text in Russian.
 */
class ScenarioTranslationsTest {
    private static final Path DIR = Path.of("src/test/resources/scenarios");
    private static final Path FILE = DIR.resolve("translated.json");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path saves;

    @AfterEach
    void english() {
        TextBundle.use(Locale.ENGLISH);
    }

    private static Scenario.Card card(LoadedScenario s, String id) {
        return s.scenario().deck().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void russian_takesTheTranslatedWords_andEnglishWhereTheTranslationIsSilent() throws Exception {
        LoadedScenario en = ScenarioLoader.load(FILE);
        TextBundle.use(Locale.forLanguageTag("ru-RU")); // a region falls back to its language
        LoadedScenario ru = ScenarioLoader.load(FILE);
        assertThat(ru.info().title()).isEqualTo("Партнёрство без союза (тест перевода)");
        assertThat(ru.info().description()).startsWith("Исходный сценарий");
        assertThat(ru.info().briefing().moscow()).startsWith("2018 год.");
        assertThat(ru.info().briefing().beijing()).isEqualTo(en.info().briefing().beijing()).startsWith("It is 2018.");
        assertThat(card(ru, "missile-plant-bottleneck").title()).isEqualTo("Узкое место на ракетном заводе");
        assertThat(ru.info().cardTexts().get("missile-plant-bottleneck")).startsWith("Завод не успевает");
        assertThat(card(ru, "oil-for-decades").title()).isEqualTo(card(en, "oil-for-decades").title());
        assertThat(en.info().title()).isEqualTo("Partnership without alliance, with a Russian translation");
        // the words change, the game does not
        assertThat(ru.sha256()).isEqualTo(en.sha256());
        assertThat(ru.scenario().start()).isEqualTo(en.scenario().start());
    }

    @Test
    void russian_showsOnTheGameScreen() {
        TextBundle.use(RU);
        Harness h = new Harness(80, 24, saves, DIR, new Palette(Palette.Mode.COLOR_256), Runnable::run, Seats.FACTORY)
                .start(App.Start.game("translated", 99L, "human", "random"));
        assertThat(h.text()).contains("Партнёрство без союза", "2018 год. Вы играете за Москву.");
        TextBundle.use(Locale.ENGLISH);
        h = new Harness(80, 24, saves.resolve("en"), DIR, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                Seats.FACTORY).start(App.Start.game("translated", 99L, "human", "random"));
        assertThat(h.text()).contains("Partnership without alliance, with a").doesNotContain("Партнёрство");
    }

    @Test
    void validate_refusesAnUnknownCardALanguageThatIsNoTagAndAnUnknownField() throws Exception {
        String json = Files.readString(FILE, StandardCharsets.UTF_8);
        String card = json.replace("\"missile-plant-bottleneck\": {\n          \"title\": \"Узкое",
                "\"missile-plant-bottlenek\": {\n          \"title\": \"Узкое");
        assertThat(card).isNotEqualTo(json);
        assertThat(problems(card)).contains("translations.ru.cards.missile-plant-bottlenek")
                .contains("not in the deck").contains("missile-plant-bottleneck")
                // the unknown id once, as the field path and the hint give it, not a third time in the sentence
                .contains(": the ru translation words a card that is not in the deck: \"missile-plant-bottlenek\" "
                        + "(did you mean \"missile-plant-bottleneck\"?)");
        String tag = json.replace("\"translations\": {\n    \"ru\"", "\"translations\": {\n    \"Russian\"");
        assertThat(tag).isNotEqualTo(json);
        assertThat(problems(tag)).contains("translations");
        String field = json.replace("\"ru\": {\n      \"title\"", "\"ru\": {\n      \"titel\"");
        assertThat(field).isNotEqualTo(json);
        assertThat(problems(field)).contains("titel");
    }

    private static String problems(String json) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.parse("translated.json", json));
        assertThat(e).as("expected the document to be refused").isNotNull();
        StringBuilder sb = new StringBuilder();
        e.problems().forEach(p -> sb.append(p.format()).append('\n'));
        return sb.toString();
    }
}
