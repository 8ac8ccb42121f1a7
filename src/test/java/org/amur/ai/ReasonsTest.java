package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Test;

/** The bots' text: every key a rule can emit exists, every placeholder is filled, every bot has a name. */
class ReasonsTest {

    @Test
    void everyReasonKeyInThePolicySources_existsInBotsProperties() throws IOException {
        // The rule motives are string literals next to pick(...); collect them from the sources.
        Pattern motive = Pattern.compile("pick\\(s, [^;]*?\"([a-z_0-9]+)\"");
        Pattern switchArm = Pattern.compile("->\\s*\"([a-z_0-9]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        for (Personality p : Personality.values()) {
            String cls = Character.toUpperCase(p.id().charAt(0)) + p.id().substring(1);
            String src = Files.readString(Path.of("src/main/java/org/amur/ai/" + cls + ".java"));
            TreeSet<String> motives = new TreeSet<>();
            for (Pattern pat : List.of(motive, switchArm)) {
                Matcher m = pat.matcher(src);
                while (m.find()) {
                    motives.add(m.group(1));
                }
            }
            for (String mv : motives) {
                // A motive may belong to one seat only; it must exist for at least one.
                boolean any = false;
                for (Side side : Side.values()) {
                    any |= Reasons.has(p.id() + "." + side.id() + "." + mv);
                }
                if (!any) {
                    missing.add(p.id() + ".*." + mv);
                }
                found++;
            }
        }
        assertThat(found).as("motives found in the sources").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPick_inManySituations_hasATemplateAndFillsEveryPlaceholder() {
        Engine engine = new Engine(Games.load(Path.of("scenarios/baseline.json")));
        TreeSet<String> keys = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        SplitMix64 dice = new SplitMix64(7);
        for (int k = 0; k < 40; k++) {
            Scenario sc = Games.stressed(engine.scenario(), k, 8);
            Engine e = new Engine(sc);
            List<GameState> states = new ArrayList<>();
            Games.play(e, k, Bots.create("random", e, Side.MOSCOW, k), Bots.create("random", e, Side.BEIJING, k), states);
            for (GameState s : states) {
                if (s.isOver()) {
                    continue;
                }
                for (Side side : Side.values()) {
                    Situation sit = Situation.of(e.view(s, side), sc);
                    for (Personality p : Personality.values()) {
                        for (int d = 0; d < 5; d++) {
                            Policy.Pick pick = p.policy().choose(sit, dice);
                            keys.add(pick.reasonKey());
                            String why = Reasons.fill(Reasons.get(pick.reasonKey()), sit, Map.of());
                            if (!Reasons.has(pick.reasonKey()) || why.contains("{") || why.contains("?")) {
                                problems.add(pick.reasonKey() + " -> " + why);
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(keys.size()).as("distinct reasons seen").isGreaterThan(45);
    }

    @Test
    void everyBotSpec_hasANameAndASummary() {
        for (String spec : Bots.specs()) {
            assertThat(Reasons.botName(spec)).doesNotStartWith("[");
            assertThat(Bots.about(spec)).doesNotStartWith("[").endsWith(".");
        }
        assertThat(Reasons.verb(Variant.ARMS_SU35, Side.MOSCOW)).isEqualTo("offered");
        assertThat(Reasons.verb(Variant.ARMS_SU35, Side.BEIJING)).isEqualTo("requested");
        assertThat(Reasons.verb(Variant.REV_NAVAL_DIESELS, Side.BEIJING)).isEqualTo("offered");
        assertThat(Reasons.verb(Variant.EX_TRAINING, Side.BEIJING)).isEqualTo("proposed");
    }

    @Test
    void line_tooLongForARationale_isCutAtAWord() {
        String why = "word ".repeat(100).strip();
        String line = Reasons.line("historian", Side.MOSCOW, Variant.EX_TRAINING, why);
        assertThat(line).hasSizeLessThanOrEqualTo(Engine.MAX_RATIONALE).startsWith("Moscow (Historian) proposed ")
                .endsWith("word ...");
    }

    @Test
    void unknownSpec_isRejectedWithTheValidOnesListed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bots.canonical("genius"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown bot 'genius'").hasMessageContaining("mcts:hard");
        assertThat(Bots.canonical(" MCTS ")).isEqualTo("mcts:normal");
        assertThat(Bots.isBot("human")).isFalse();
    }
}
