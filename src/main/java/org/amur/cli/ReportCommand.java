package org.amur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amur.files.OutputTarget;
import org.amur.report.GameReport;
import org.amur.report.ReportBuilder;
import org.amur.report.ReportFormat;
import org.amur.save.SaveStore;
import org.amur.scenario.TextRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code amur report SAVE}: the after-action report of a saved game, for the debrief, as Markdown
 * (default), one self-contained HTML file, or CSV for spreadsheets; to standard output or, with
 * {@code -o}, to a file written atomically. It never writes over a save.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("md", "html", "csv");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SAVE", descriptionKey = "save")
    String save;

    @Mixin
    DocumentOutput document;

    @Option(names = "--anyway")
    boolean anyway;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt;
        try {
            fmt = parse(document.format("report", FORMATS));
        } catch (DocumentOutput.Refused e) {
            return fail(err, e.getMessage());
        }
        SaveArgument.Opened opened = SaveArgument.open(SaveStore.forInstallation(), save, anyway, "report", err);
        if (opened == null) {
            return 2;
        }
        try {
            Path file = document.file("report", FORMATS);
            String refusal = file == null ? null : overTheSave(file, opened.file());
            if (refusal != null) {
                return fail(err, refusal);
            }
            document.check("report", FORMATS, opened.file());
        } catch (DocumentOutput.Refused e) {
            return fail(err, e.getMessage());
        }
        // play again on this very scenario: by id or file when installed as it was, else from the save itself
        String scenarioArg = org.amur.scenario.ScenarioLoader.forInstallation()
                .argumentOr(opened.game().session().scenario(), opened.file());
        GameReport report = ReportBuilder.build(opened.game(), save, scenarioArg);
        return document.write(fmt.render(report), CliText.t("report.what", fmt.id(), TextRules.sanitize(save, false)), out,
                err);
    }

    private static ReportFormat parse(String s) {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.id().equals(s.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Why a report may not be written to {@code target} whatever {@code --force} says, or null: never over
     * the save it comes from. Everything else is {@link DocumentOutput}'s.
     */
    static String overTheSave(Path target, Path saveFile) {
        Path t = target.toAbsolutePath().normalize();
        Path s = saveFile.toAbsolutePath().normalize();
        try {
            if (t.equals(s) || (Files.exists(t) && Files.isSameFile(t, s))) {
                return CliText.t("report.over_save", TextRules.sanitize(saveFile.toString(), false));
            }
        } catch (IOException e) {
            // cannot tell: OutputTarget's checks still apply
        }
        return null;
    }

    private static int fail(PrintWriter err, String sentence) {
        err.println("amur: " + sentence);
        err.flush();
        return 2;
    }
}
