package org.amur.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded fuzzing of the loader with mutated shipped scenarios: whatever the mutation, loading either
 * gives a scenario the engine can play to the end, or a list of problems, each a located sentence safe
 * to print. Nothing else may escape (no exception from the validator, the semantic checks or the
 * building of the scenario). A failure names the case, which replays exactly.
 */
class ScenarioFuzzTest {

    private static final int TREE_CASES = 1_500;
    private static final int TEXT_CASES = 1_500;

    private static final List<String> shipped = new ArrayList<>();

    @BeforeAll
    static void readShipped() throws IOException {
        for (Path p : new ScenarioLoader(Path.of("scenarios")).files()) {
            shipped.add(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    /** What happened to the cases. */
    private static final class Tally {
        int loaded;
        int rejected;
        int warnings;
    }

    @Test
    void parse_mutatedTrees_loadAndPlayOrExplainEveryProblem() {
        Tally tally = new Tally();
        for (int k = 0; k < TREE_CASES; k++) {
            SplittableRandom r = new SplittableRandom(k);
            ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(shipped.get(r.nextInt(shipped.size())));
            List<String> done = new ArrayList<>();
            int mutations = 1 + r.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                done.add(mutate(root, r));
            }
            String text = r.nextBoolean() ? StrictJson.mapper().writeValueAsString(root)
                    : StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
            check("tree case " + k + " " + done, text, k, tally);
        }
        // the warnings path, whatever the seeded mutations happened to hit: a card that can never fire
        ObjectNode quiet = (ObjectNode) StrictJson.mapper().readTree(shipped.get(0));
        ((ObjectNode) quiet.withArray("deck").get(0)).put("chance", 0);
        check("tree case: a card with chance 0", StrictJson.mapper().writeValueAsString(quiet), TREE_CASES, tally);
        assertThat(tally.loaded).as("mutated scenarios that still loaded").isGreaterThan(TREE_CASES / 20);
        assertThat(tally.rejected).as("mutated scenarios that were rejected").isGreaterThan(TREE_CASES / 2);
        assertThat(tally.warnings).as("loaded scenarios with warnings").isPositive();
    }

    @Test
    void parse_mutatedText_loadsOrExplainsEveryProblem() {
        Tally tally = new Tally();
        String alphabet = "{}[]:,\"\\ 0123456789-.eEtrufalsn\u0000\u001b\u202e\u200b\n\t";
        for (int k = 0; k < TEXT_CASES; k++) {
            SplittableRandom r = new SplittableRandom(1_000_000L + k);
            StringBuilder sb = new StringBuilder(shipped.get(r.nextInt(shipped.size())));
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                case 2 -> sb.setLength(at);
                default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
            }
            check("text case " + k, sb.toString(), k, tally);
        }
        assertThat(tally.rejected).as("mutated texts that were rejected").isGreaterThan(TEXT_CASES / 2);
    }

    private static void check(String label, String text, long seed, Tally tally) {
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.parse("fuzz.json", text);
        } catch (ScenarioException e) {
            tally.rejected++;
            assertThat(e.problems()).as(label).isNotEmpty()
                    .anyMatch(p -> p.severity() == Problem.Severity.ERROR)
                    .allSatisfy(p -> {
                        assertThat(p.message()).as(label).isNotBlank();
                        assertThat(TextRules.firstForbidden(p.format(), false)).as("%s: %s", label, p.format()).isEmpty();
                        assertThat(p.line()).as(label).isNotNegative();
                    });
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(label + ": the loader threw " + e, e);
        }
        tally.loaded++;
        if (!loaded.warnings().isEmpty()) {
            tally.warnings++;
        }
        try {
            playToTheEnd(loaded, seed);
        } catch (RuntimeException e) {
            throw new AssertionError(label + ": a scenario that loaded could not be played: " + e, e);
        }
    }

    private static void playToTheEnd(LoadedScenario loaded, long seed) {
        Engine engine = new Engine(loaded.scenario());
        SplittableRandom r = new SplittableRandom(seed);
        GameState s = engine.newGame(seed).state();
        while (!s.isOver()) {
            for (Side side : Side.values()) {
                List<Variant> legal = engine.legalChoices(s, side);
                s = engine.apply(s, new Action.Commit(side, legal.get(r.nextInt(legal.size())))).stateOrThrow();
            }
        }
    }

    // ------------------------------------------------------------------ mutations

    /** Applies one random change somewhere in the tree and says what it was. */
    private static String mutate(ObjectNode root, SplittableRandom r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = names.isEmpty() ? "x" : names.get(r.nextInt(names.size()));
            switch (r.nextInt(4)) {
                case 0 -> {
                    o.remove(name);
                    return "remove " + name;
                }
                case 1 -> {
                    JsonNode v = o.remove(name);
                    String typo = typo(name, r);
                    o.set(typo, v);
                    return "rename " + name + " to " + typo;
                }
                case 2 -> {
                    o.set(name, value(r));
                    return "replace " + name;
                }
                default -> {
                    o.set(pickId(r), value(r));
                    return "add a field";
                }
            }
        }
        ArrayNode a = (ArrayNode) target;
        int i = a.isEmpty() ? 0 : r.nextInt(a.size());
        switch (r.nextInt(4)) {
            case 0 -> {
                if (!a.isEmpty()) {
                    a.remove(i);
                }
                return "remove element " + i;
            }
            case 1 -> {
                if (!a.isEmpty()) {
                    a.insert(i, a.get(i).deepCopy());
                }
                return "duplicate element " + i;
            }
            case 2 -> {
                if (!a.isEmpty()) {
                    a.set(i, value(r));
                }
                return "replace element " + i;
            }
            default -> {
                a.insert(i, value(r));
                return "insert element " + i;
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer()) {
            out.add(n);
            for (JsonNode child : n) {
                collect(child, out);
            }
        }
    }

    private static String typo(String name, SplittableRandom r) {
        if (name.length() < 2) {
            return name + "x";
        }
        int i = r.nextInt(name.length() - 1);
        char[] c = name.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        String s = new String(c);
        return s.equals(name) ? name + "_" : s;
    }

    private static String pickId(SplittableRandom r) {
        Indicator[] ids = Indicator.values();
        return switch (r.nextInt(3)) {
            case 0 -> ids[r.nextInt(ids.length)].id();
            case 1 -> Variant.values()[r.nextInt(Variant.values().length)].id();
            default -> "field" + r.nextInt(100);
        };
    }

    private static JsonNode value(SplittableRandom r) {
        var f = StrictJson.mapper().getNodeFactory();
        return switch (r.nextInt(12)) {
            case 0 -> f.numberNode(r.nextInt(-5, 120));
            case 1 -> f.numberNode(r.nextDouble() * 200 - 50);
            case 2 -> f.numberNode(1e300);
            case 3 -> f.numberNode(-r.nextInt(1_000_000));
            case 4 -> f.stringNode(pickId(r));
            case 5 -> f.stringNode(new String[] {"", "  ", "x\u001b[31m", "a\u202eb", "two\nlines", "ok text"}[r.nextInt(6)]);
            case 6 -> f.booleanNode(r.nextBoolean());
            case 7 -> f.nullNode();
            case 8 -> f.arrayNode();
            case 9 -> f.objectNode();
            case 10 -> f.numberNode(r.nextInt(0, 5));
            default -> f.stringNode("w".repeat(r.nextInt(1, 9000)));
        };
    }
}
