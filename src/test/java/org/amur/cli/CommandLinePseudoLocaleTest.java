package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amur.engine.TextBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 12's proof for the command line: run in the pseudo-locale, every command's {@code --help} and
 * its own error sentences show no English outside the markers (a text that skipped a bundle), and every
 * command, option and argument has its description from {@code help.properties}.
 */
class CommandLinePseudoLocaleTest {
    @AfterEach
    void english() {
        TextBundle.use(Locale.ENGLISH);
    }

    /** stdout and stderr of {@code amur ARGS} run in this process. */
    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return out + "\n" + err;
    }

    /** The command tree as {@link Main#run} builds it, with the help bundle of the current language. */
    private static CommandLine tree() {
        CommandLine cl = new CommandLine(new Main());
        cl.setResourceBundle(CliText.HELP.asResourceBundle());
        return cl;
    }

    private static List<CommandSpec> commands(CommandLine cl) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(cl.getCommandSpec());
        for (CommandLine sub : new LinkedHashSet<>(cl.getSubcommands().values())) {
            all.addAll(commands(sub));
        }
        return all;
    }

    private static Set<String> commandNames() {
        Set<String> names = new java.util.HashSet<>(Set.of("amur"));
        for (CommandSpec c : commands(tree())) {
            names.add(c.name());
        }
        return names;
    }

    @Test
    void everyHelpIsMarked() {
        TextBundle.use(TextBundle.PSEUDO);
        Set<String> names = commandNames();
        List<String> problems = new ArrayList<>(PseudoText.unmarked(run("--help"), names));
        for (CommandSpec c : commands(tree())) {
            if (c.parent() != null) {
                String help = run(c.name(), "--help");
                assertThat(help).as(c.name()).contains(String.valueOf(TextBundle.PSEUDO_OPEN));
                PseudoText.unmarked(help, names).forEach(p -> problems.add(c.name() + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCommandOptionAndArgumentHasItsTextFromTheBundle() {
        TextBundle.use(TextBundle.PSEUDO);
        List<String> missing = new ArrayList<>();
        for (CommandSpec c : commands(tree())) {
            String[] d = c.usageMessage().description();
            if (d.length == 0 && c.usageMessage().header().length == 0 || d.length > 0 && !marked(d)) {
                missing.add(c.qualifiedName() + " (its description)");
            }
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                if (a.description().length == 0 || !marked(a.description())) {
                    missing.add(c.qualifiedName() + " " + a);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean marked(String[] lines) {
        String all = String.join("\n", lines).strip();
        return all.replace("%n", "").strip().startsWith(String.valueOf(TextBundle.PSEUDO_OPEN));
    }

    @Test
    void englishHelpHasEveryText() {
        TextBundle.use(Locale.ENGLISH);
        for (CommandSpec c : commands(tree())) {
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                assertThat(String.join(" ", a.description())).as(c.qualifiedName() + " " + a)
                        .isNotBlank().doesNotContain("⟦");
            }
        }
        assertThat(run("simulate", "--help")).contains("Number of simulated games (default: 10000).")
                .contains("Usage: amur simulate");
    }

    /** The commands' own refusals (picocli's parse errors are ParseErrorsTest's). */
    @Test
    void everyRefusalIsMarked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        TextBundle.use(TextBundle.PSEUDO);
        String missing = dir.resolve("absent.json").toString();
        String[][] refusals = {
            {"simulate", "--threads", "999"}, {"simulate", "--vary", "A99"}, {"simulate", "--rules", "99"},
            {"simulate", "--vary", "A1", "--vary-scale", "3"}, {"play", "--moscow", "nobody"},
            {"play", "--moscow", "histroian"}, {"play", "--facilitator", "maybe"}, {"play", "--adjudication", "free"},
            {"play", "--facilitator", "--adjudication", "never"}, {"play", "--facilitator", "--plain"},
            {"tournament", "--games", "0"}, {"tournament", "--bots", "zzz"}, {"balance", "--games", "0"},
            {"balance", "--write-par"}, {"balance", "--rules", "99"}, {"handout", "--side", "nobody", "baseline"},
            {"replay", missing}, {"report", missing}, {"debrief", missing, missing}, {"--version"},
            {"simulate", "--games", "abc"}, {"play", "--plain", "--moscow-team", "x".repeat(41), "--moscow", "random"},
            {"play", "--plain", "--table", "T\u001b[31m", "--moscow", "random"}};
        Set<String> names = new java.util.HashSet<>(commandNames());
        names.addAll(Set.of("nobody", "histroian", "historian", "maybe", "never", "zzz", "baseline", "x".repeat(41)));
        List<String> problems = new ArrayList<>();
        for (String[] args : refusals) {
            String said = run(args);
            assertThat(said).as(String.join(" ", args)).contains(String.valueOf(TextBundle.PSEUDO_OPEN));
            PseudoText.unmarked(said, names).forEach(p -> problems.add(String.join(" ", args) + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    /** A name's refusal on its own (on the command line it is said inside amur.says, whose markers hide it). */
    @Test
    void aNamesRefusalIsMarked() {
        TextBundle.use(TextBundle.PSEUDO);
        for (String typed : List.of("x".repeat(41), "T\u001b[31m")) {
            String why = org.amur.save.Names.whyNot("", typed).orElseThrow();
            assertThat(why).startsWith(String.valueOf(TextBundle.PSEUDO_OPEN));
            assertThat(PseudoText.unmarked(why, Set.of())).as(why).isEmpty();
        }
    }

    /** What {@code amur rules} prints: every heading, label and sentence of the rule book from a bundle. */
    @Test
    void theRuleBookIsMarked() {
        TextBundle.use(TextBundle.PSEUDO);
        Set<String> names = new java.util.HashSet<>(commandNames());
        for (org.amur.engine.Indicator i : org.amur.engine.Indicator.values()) {
            names.add(i.id()); // the state's ids are names (trust, interoperability)
        }
        for (String scenario : List.of("baseline", "taiwan-strait")) {
            String book = run("rules", "-s", scenario);
            assertThat(book.lines().count()).as(scenario).isGreaterThan(500);
            assertThat(PseudoText.unmarked(book, names)).as(scenario).isEmpty();
        }
    }

    /** The simulator's and the tournament's tables: ids (of the state, endings, score rows) are names. */
    @Test
    void theAnalystTablesAreMarked() {
        TextBundle.use(TextBundle.PSEUDO);
        Set<String> names = new java.util.HashSet<>(commandNames());
        for (org.amur.engine.Indicator i : org.amur.engine.Indicator.values()) {
            names.add(i.id());
        }
        for (org.amur.sim.SimResult.Outcome o : org.amur.sim.SimResult.Outcome.values()) {
            names.add(o.id());
        }
        names.addAll(Set.of("moscow", "beijing", "combined", "random", "hawk", "baseline"));
        String sim = run("simulate", "--games", "40", "--vary", "A1", "--threads", "1");
        assertThat(sim).contains(String.valueOf(TextBundle.PSEUDO_OPEN) + "mean");
        String tournament = run("tournament", "--games", "1", "-s", "baseline", "--bots", "random,hawk", "--threads", "1");
        List<String> problems = new ArrayList<>(PseudoText.unmarked(sim, names));
        problems.addAll(PseudoText.unmarked(tournament, names));
        // the balance report: its lines of effort are named from balance.properties too
        String balance = run("balance", "--games", "2", "--mcts-games", "0", "--threads", "1", "-s", "baseline");
        assertThat(balance).contains(TextBundle.PSEUDO_OPEN + "line: Peace Mission");
        names.addAll(Set.of("historian", "hedger", "mercantilist"));
        problems.addAll(PseudoText.unmarked(balance, names));
        assertThat(problems).isEmpty();
    }

    /** PolicySpec's sentences (said inside the command's own, so checked on their own here). */
    @Test
    void everyPolicyRefusalIsMarked() throws Exception {
        TextBundle.use(TextBundle.PSEUDO);
        org.amur.engine.Scenario baseline = org.amur.scenario.ScenarioLoader.forInstallation().resolve("baseline").scenario();
        for (String typed : List.of("nobody", "script:", "script:arms.su35,,arms.su35", "script:arms.su36", "script:zzzz")) {
            try {
                org.amur.sim.PolicySpec.parse(typed, baseline);
                throw new AssertionError(typed + " was taken");
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as(typed).startsWith(String.valueOf(TextBundle.PSEUDO_OPEN));
                assertThat(PseudoText.unmarked(e.getMessage(), Set.of())).as(typed).isEmpty();
            }
        }
    }

    @Test
    void theCheckerSeesEnglishOutsideTheMarkers() {
        assertThat(PseudoText.unmarked("⟦Usage: ··⟧amur play --games=N\n⟦one\ntwo··⟧ FILE", Set.of("amur", "play")))
                .isEmpty();
        assertThat(PseudoText.unmarked("⟦fine··⟧ but this is not", Set.of())).hasSize(3);
    }
}
