package org.amur.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, item 10: a scenario that validates never leaves a side without a legal choice. Scenarios are
 * made from the baseline with seeded random sets of variants on offer and contract caps; each one the
 * loader accepts is played to the end by the random bot and the heuristic personalities (none of which
 * knows the rule), and every turn each side must have at least one legal choice. Those it refuses are
 * refused with the sentence at the variants list.
 */
class LegalChoiceCoverageTest {
    @TempDir
    Path dir;

    private static ObjectNode baseline() throws Exception {
        return (ObjectNode) StrictJson.mapper().readTree(Files.readString(Path.of("scenarios", "baseline.json"),
                StandardCharsets.UTF_8));
    }

    private static String json(ObjectNode n) {
        return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }

    @Test
    void validate_aScenarioOfferingOnlyTheTreatySignature_isRefusedInOneSentenceAtFileLineColumn() throws Exception {
        ObjectNode t = baseline();
        t.putArray("variants").add("alliance.sign");
        Path f = dir.resolve("sign-only.json");
        Files.writeString(f, json(t));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = org.amur.cli.Main.run(new String[] {"validate", f.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        String all = out + "" + err;
        List<String> errors = all.lines().filter(l -> l.contains("error:")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).matches("\\Q" + f + "\\E:\\d+:\\d+: error: .*can stop being legal.*");
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ");
        // simulate and play refuse it the same way instead of failing later
        for (String[] args : List.of(new String[] {"simulate", "-s", f.toString(), "--games", "3"},
                new String[] {"play", "--plain", "-s", f.toString(), "--moscow", "random", "--beijing", "random"})) {
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int c = org.amur.cli.Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
            assertThat(c).as(String.join(" ", args)).isIn(1, 2);
            assertThat(o + "" + e).contains("can stop being legal").doesNotContain("bound must be positive")
                    .doesNotContain("no legal choice").doesNotContain("Exception");
        }
    }

    @Test
    void everyScenarioThatValidates_offersEachSideALegalChoiceEveryTurn_toEveryBot() throws Exception {
        ObjectNode base = baseline();
        Variant[] all = Variant.values();
        List<String> bots = new ArrayList<>(Bots.personalities());
        bots.add("random");
        int accepted = 0;
        int refused = 0;
        int turnsChecked = 0;
        for (long seed = 0; seed < 160; seed++) {
            Random rnd = new Random(seed);
            ObjectNode t = base.deepCopy();
            ArrayNode offered = t.putArray("variants");
            // few variants, mostly those that can run out, so the edge is where the sets fall
            for (Variant v : all) {
                boolean scarce = v == Variant.ALLIANCE_SIGN || v == Variant.ALLIANCE_INVOKE
                        || org.amur.engine.Contract.terms(v).isPresent();
                if (rnd.nextDouble() < (scarce ? 0.5 : 0.04)) {
                    offered.add(v.id());
                }
            }
            if (offered.isEmpty()) {
                offered.add(Variant.ALLIANCE_SIGN.id());
            }
            t.put("contracts_per_system", 1 + rnd.nextInt(5));
            t.remove("contracts_signed");
            LoadedScenario loaded;
            try {
                loaded = ScenarioLoader.parse("coverage-" + seed + ".json", json(t));
            } catch (ScenarioException e) {
                refused++;
                assertThat(e.problems()).as("seed %d: %s", seed, e.getMessage())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("variants"));
                continue;
            }
            accepted++;
            Engine engine = new Engine(loaded.scenario());
            for (int g = 0; g < 2; g++) {
                String mSpec = bots.get(rnd.nextInt(bots.size()));
                String bSpec = bots.get(rnd.nextInt(bots.size()));
                Bot m = Bots.create(mSpec, engine, Side.MOSCOW, seed * 31 + g);
                Bot b = Bots.create(bSpec, engine, Side.BEIJING, seed * 37 + g);
                GameState s = engine.newGame(seed * 7 + g).stateOrThrow();
                while (!s.isOver()) {
                    for (Side side : Side.values()) {
                        assertThat(engine.legalChoices(s, side)).as("seed %d game %d turn %d %s, offered %s",
                                seed, g, s.turn(), side, offered).isNotEmpty();
                    }
                    turnsChecked++;
                    Variant mv = m.decide(engine.view(s, Side.MOSCOW)).variant();
                    s = engine.apply(s, new Action.Commit(Side.MOSCOW, mv)).stateOrThrow();
                    Variant bv = b.decide(engine.view(s, Side.BEIJING)).variant();
                    s = engine.apply(s, new Action.Commit(Side.BEIJING, bv)).stateOrThrow();
                }
            }
        }
        assertThat(accepted).as("scenarios that validated and were played").isGreaterThan(40);
        assertThat(refused).as("scenarios refused for running out").isGreaterThan(10);
        assertThat(turnsChecked).isGreaterThan(400);
    }
}
