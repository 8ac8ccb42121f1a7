package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.scenario.TextRules;
import org.junit.jupiter.api.Test;

/** The model's player-facing text in {@code model.properties} is complete and safe to draw. */
class TextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Set<String> ALLOWED_PLACEHOLDERS = Set.of("{subject}", "{actor}");

    @Test
    void requiredKeys_coverEveryModelElement() {
        List<String> keys = Text.requiredKeys();
        assertThat(keys).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        for (Asymmetry a : Asymmetry.values()) {
            expected.add("asymmetry." + a.id() + ".summary");
        }
        for (Variant v : Variant.values()) {
            expected.add("variant." + v.id() + ".title");
            expected.add("variant." + v.id() + ".summary");
        }
        for (Indicator i : Indicator.values()) {
            expected.add("indicator." + i.id() + ".label");
            expected.add("indicator." + i.id() + ".help");
        }
        for (Line l : Line.values()) {
            expected.add("line." + l.id() + ".summary");
        }
        for (Mod m : Mod.values()) {
            expected.add("mod." + m.name());
        }
        for (RollKind r : RollKind.values()) {
            expected.add("roll." + r.id());
        }
        for (EndReason e : EndReason.values()) {
            expected.add("end." + e.id());
        }
        for (String k : Text.EFFECT_KEYS) {
            expected.add("effect." + k);
        }
        assertThat(keys).containsAll(expected);
    }

    @Test
    void requiredKeys_allExistInModelProperties() {
        List<String> missing = Text.requiredKeys().stream().filter(k -> !Text.has(k)).toList();
        assertThat(missing).as("keys missing from model.properties").isEmpty();
    }

    @Test
    void requiredKeys_noValueIsBlank() {
        List<String> blank = Text.requiredKeys().stream()
                .filter(Text::has)
                .filter(k -> Text.get(k).isBlank())
                .toList();
        assertThat(blank).as("keys with a blank value").isEmpty();
    }

    @Test
    void requiredKeys_noValueContainsForbiddenCharacters() {
        List<String> bad = new ArrayList<>();
        for (String k : Text.requiredKeys()) {
            TextRules.firstForbidden(Text.get(k), false).ifPresent(what -> bad.add(k + ": " + what));
        }
        assertThat(bad).as("values with control, bidi or invisible characters").isEmpty();
    }

    @Test
    void rejection_everyReasonIsWordedByTheBundleWithItsArguments() {
        for (Rejection.Reason r : Rejection.Reason.values()) {
            String m = new Rejection(Rejection.Code.NOT_LEGAL_NOW, r, Side.BEIJING, "7").message();
            assertThat(m).as(r.name()).doesNotContain("{", "}", "[rejection");
        }
        assertThat(new Rejection(Rejection.Code.ALREADY_COMMITTED, Rejection.Reason.ALREADY_COMMITTED, Side.MOSCOW)
                .message()).isEqualTo("Moscow has already committed this turn; take the choice back first");
        try {
            TextBundle.use(TextBundle.PSEUDO);
            assertThat(new Rejection(Rejection.Code.UNKNOWN_VARIANT, Rejection.Reason.UNKNOWN_VARIANT, "x").message())
                    .startsWith("⟦no variant with id 'x'").endsWith("⟧");
        } finally {
            TextBundle.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void requiredKeys_placeholdersAreOnlySubjectAndActor() {
        List<String> bad = new ArrayList<>();
        for (String k : Text.requiredKeys()) {
            if (k.startsWith("narration.") || k.startsWith("standing.line") || k.startsWith("rejection.")) {
                continue; // log phrases have their own placeholders; see narration_fillsEveryPlaceholder
                // and StandingTest.standingInWords_fillsEveryPlaceholder
            }
            Matcher m = PLACEHOLDER.matcher(Text.get(k));
            while (m.find()) {
                if (!ALLOWED_PLACEHOLDERS.contains(m.group())) {
                    bad.add(k + ": " + m.group());
                }
            }
            // An unbalanced brace is a typo for a placeholder.
            String rest = PLACEHOLDER.matcher(Text.get(k)).replaceAll("");
            if (rest.contains("{") || rest.contains("}")) {
                bad.add(k + ": stray brace");
            }
        }
        assertThat(bad).as("unknown placeholders").isEmpty();
    }

    @Test
    void narrate_fillsBothPlaceholders() {
        for (String key : Text.EFFECT_KEYS) {
            Event.Effect e = new Event.Effect(key, Variant.ARMS_SU35, Side.BEIJING, List.of(), List.of());
            String s = Text.narrate(e);
            assertThat(s).as(key).doesNotContain("{subject}", "{actor}").doesNotStartWith("[");
        }
    }

    @Test
    void get_missingKey_isShownInBrackets() {
        assertThat(Text.has("no.such.key")).isFalse();
        assertThat(Text.get("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void narration_fillsEveryPlaceholder() throws Exception {
        Engine engine = new Engine(org.amur.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline.json"))
                .scenario());
        int lines = 0;
        for (int g = 0; g < 30; g++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(g);
            Step.Accepted start = engine.newGame(g);
            List<Event> events = new ArrayList<>(start.events());
            GameState s = start.state();
            while (!s.isOver()) {
                for (Side side : Side.values()) {
                    List<Variant> legal = engine.legalChoices(s, side);
                    Step step = engine.apply(s, new Action.Commit(side, legal.get(r.nextInt(legal.size())).id(), "why"));
                    events.addAll(step.eventsOrEmpty());
                    s = step.stateOrThrow();
                }
            }
            events.add(new Event.ChoiceWithdrawn(Side.MOSCOW));
            events.add(new Event.AllianceChanged(2, 3));
            for (Event e : events) {
                for (String line : Narration.lines(e)) {
                    lines++;
                    assertThat(line).as("%s", e).doesNotContain("{").doesNotContain("}").doesNotContain("[narration.");
                }
            }
        }
        assertThat(lines).isGreaterThan(1000);
    }
}
