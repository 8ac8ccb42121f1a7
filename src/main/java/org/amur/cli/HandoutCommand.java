package org.amur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amur.report.Handout;
import org.amur.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amur handout}: a printable briefing of a scenario for one side or the facilitator. */
@Command(name = "handout", mixinStandardHelpOptions = true,
        description = {"Print a scenario's handout for one seat: briefing, objectives and scoring, the three lines "
            + "of effort, the key to the screen and a page for notes. A side's handout holds only that side's "
            + "information.", "Formats: md (Markdown, the default), html (prints cleanly on A4 and Letter)."})
final class HandoutCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("md", "html");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario id, scenario file, or a save (its scenario).")
    String scenario;

    @Option(names = "--side", paramLabel = "moscow|beijing|facilitator", defaultValue = "facilitator",
            description = "Whose handout (default: ${DEFAULT-VALUE}, which holds everything: not for the teams).")
    String side;

    @Option(names = "--turns", paramLabel = "N", description = "The game's length, if not the scenario's own.")
    Integer turns;

    @Mixin
    DocumentOutput document;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Handout.Audience who = null;
        for (Handout.Audience a : Handout.Audience.values()) {
            if (a.id().equals(side.strip().toLowerCase(Locale.ROOT))) {
                who = a;
            }
        }
        if (who == null) {
            return fail(err, "--side takes moscow, beijing or facilitator, not '"
                    + org.amur.scenario.TextRules.sanitize(side, false) + "'.");
        }
        String fmt;
        try {
            fmt = document.format("handout", FORMATS);
            document.check("handout", FORMATS, Scenarios.fileOf(scenario));
        } catch (DocumentOutput.Refused e) {
            return fail(err, e.getMessage());
        }
        LoadedScenario loaded = Scenarios.loadOrReport(scenario, err);
        if (loaded != null) {
            loaded = GameOptions.length(loaded, turns, err);
        }
        if (loaded == null) {
            return 2;
        }
        Handout h = Handout.of(loaded, who);
        return document.write(fmt.equals("html") ? h.html() : h.markdown(), fmt + " handout", out, err);
    }

    private static int fail(PrintWriter err, String sentence) {
        err.println("amur: " + sentence);
        err.flush();
        return 2;
    }
}
