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
@Command(name = "handout", mixinStandardHelpOptions = true)
final class HandoutCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("md", "html");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", descriptionKey = "source")
    String scenario;

    @Option(names = "--side", paramLabel = "moscow|beijing|facilitator", defaultValue = "facilitator")
    String side;

    @Option(names = "--turns", paramLabel = "N")
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
            return fail(err, CliText.t("handout.side", org.amur.scenario.TextRules.sanitize(side, false)));
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
