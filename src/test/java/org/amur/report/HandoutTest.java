package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.amur.engine.Indicator;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Handouts: golden files (the golden saves' copy of the baseline, so editing a shipped scenario does not
 * disturb them), and for every shipped scenario a side's handout holds none of the other side's briefing,
 * objectives or secrets, nor the facilitator's notes. Regenerate the golden files deliberately with
 * {@code -Damur.golden.write=true}.
 */
class HandoutTest {
    private static final Path GOLDEN = Path.of("src/test/resources/handout");

    static Stream<Path> shippedScenarios() {
        return ScenarioLoader.forInstallation().files().stream();
    }

    @ParameterizedTest
    @CsvSource({"moscow, md", "beijing, md", "facilitator, md", "moscow, html", "beijing, html"})
    void handout_matchesItsGoldenFile(String side, String format) throws Exception {
        Handout h = Handout.of(Games.baseline(), Handout.Audience.valueOf(side.toUpperCase()));
        String text = format.equals("md") ? h.markdown() : h.html();
        Path golden = GOLDEN.resolve("baseline-" + side + "." + format);
        if (Boolean.getBoolean("amur.golden.write")) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void aSidesHandout_holdsNoneOfTheOtherSidesBriefingObjectivesOrSecrets(Path file) throws Exception {
        LoadedScenario sc = ScenarioLoader.load(file);
        for (Side side : Side.values()) {
            Side other = side.other();
            Handout h = Handout.of(sc, side == Side.MOSCOW ? Handout.Audience.MOSCOW : Handout.Audience.BEIJING);
            String text = plain(h);
            String own = side == Side.MOSCOW ? sc.info().briefing().moscow() : sc.info().briefing().beijing();
            String theirs = other == Side.MOSCOW ? sc.info().briefing().moscow() : sc.info().briefing().beijing();
            for (String sentence : sentences(own)) {
                assertThat(text).as("own briefing").contains(sentence);
            }
            for (String sentence : sentences(theirs)) {
                if (!own.contains(sentence)) {
                    assertThat(text).as(side + " handout of " + file).doesNotContain(sentence);
                }
            }
            for (String sentence : sentences(sc.info().briefing().facilitator())) {
                if (!own.contains(sentence)) {
                    assertThat(text).as("facilitator's notes in " + side + "'s handout").doesNotContain(sentence);
                }
            }
            List<String> ownNotes = new ArrayList<>();
            for (Scenario.Objective o : sc.scenario().objectives(side)) {
                ownNotes.add(sc.info().objectiveNotes().get(side.id() + ":" + o.indicator().id()));
            }
            for (Scenario.Objective o : sc.scenario().objectives(other)) {
                String note = sc.info().objectiveNotes().get(other.id() + ":" + o.indicator().id());
                if (!ownNotes.contains(note)) {
                    assertThat(text).as("the other side's objective").doesNotContain(note);
                }
            }
            for (Indicator i : Indicator.values()) {
                if (!i.visibility().visibleTo(side)) {
                    assertThat(text).as("a secret indicator").doesNotContain(Text.help(i));
                }
            }
            for (String card : sc.info().cardTexts().values()) {
                assertThat(text).as("the event deck is the facilitator's").doesNotContain(card);
            }
            // and the rendered files say the same (escaping aside)
            assertThat(h.html()).doesNotContain("<script");
        }
        String all = plain(Handout.of(sc, Handout.Audience.FACILITATOR));
        assertThat(all).contains(sentences(sc.info().briefing().moscow()).get(0),
                sentences(sc.info().briefing().beijing()).get(0), sentences(sc.info().briefing().facilitator()).get(0));
    }

    @Test
    void everyPieceOfScenarioText_isEscapedInHtmlAndMarkdown() throws Exception {
        String json = Files.readString(Path.of("src/test/resources/saves/v1/scenarios/baseline.json"))
                .replaceFirst("\"moscow\": \"It is 2018\\.", "\"moscow\": \"<script>alert(1)</script> *bold* It is 2018.");
        Handout h = Handout.of(ScenarioLoader.parse("x.json", json), Handout.Audience.MOSCOW);
        assertThat(h.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(h.markdown()).doesNotContain("<script>").contains("\\*bold\\*");
    }

    private static String plain(Handout h) {
        StringBuilder sb = new StringBuilder();
        for (Handout.Block b : h.blocks()) {
            if (b instanceof Handout.Heading x) {
                sb.append(x.text()).append('\n');
            } else if (b instanceof Handout.Para x) {
                sb.append(x.text()).append('\n');
            } else if (b instanceof Handout.Items x) {
                for (String[] i : x.items()) {
                    sb.append(i[0]).append(": ").append(i[1]).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The sentences of a text long enough to identify it (short ones may be shared words). */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.replace('\n', ' ').split("(?<=[.!?])\\s+")) {
            if (s.strip().length() >= 40) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
