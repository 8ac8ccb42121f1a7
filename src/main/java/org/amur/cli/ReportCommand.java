package org.amur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amur.files.FileRefused;
import org.amur.files.OutputTarget;
import org.amur.report.GameReport;
import org.amur.report.ReportBuilder;
import org.amur.report.ReportFormat;
import org.amur.save.SaveStore;
import org.amur.scenario.TextRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code amur report SAVE}: the after-action report of a saved game, for the debrief, as Markdown
 * (default), one self-contained HTML file, or CSV for spreadsheets; to standard output or, with
 * {@code -o}, to a file written atomically. It never writes over a save.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the after-action report of a saved game: how to replay it, the scores and what drove "
                + "them, charts of the main indicators, every turn with choices, rationales, rolls, modifiers and "
                + "citations, and questions for the debrief.",
            "Formats: md (Markdown, the default), html (one file that opens offline and prints cleanly), csv (one "
                + "row per turn with every state id, for spreadsheets)."},
        footer = {"", "Examples:", "  amur report saves/autosave-baseline-7.json",
            "  amur report autosave-baseline-7 --format html -o debrief.html",
            "  amur report autosave-baseline-7 -o turns.csv     (the format follows the file's extension)"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SAVE", description = "A save file, or the name of a save in the saves folder.")
    String save;

    @Option(names = {"-f", "--format"}, paramLabel = "md|html|csv",
            description = "Output format (default: from the -o file's extension, else md).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically; - is standard output) instead of "
                    + "standard output. Devices and pipes are never replaced.")
    String output;

    @Option(names = "--force", description = "Replace FILE even if it holds a saved game, a scenario or other "
            + "JSON (never the save the report comes from).")
    boolean force;

    @Option(names = "--anyway", description = "Report even if the scenario changed since the game was saved "
            + "(the moves are replayed on the current version).")
    boolean anyway;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt;
        OutputTarget target = null;
        if (output != null) {
            try {
                target = OutputTarget.parse(output);
            } catch (FileRefused e) {
                return fail(err, e.getMessage());
            }
        }
        Path file = target == null ? null : target.file();
        if (format != null) {
            fmt = parse(format);
            if (fmt == null) {
                return fail(err, "There is no report format '" + TextRules.sanitize(format, false)
                        + "'; choose md, html or csv.");
            }
        } else {
            fmt = file == null ? ReportFormat.MD
                    : ReportFormat.ofFileName(file.getFileName() == null ? "" : file.getFileName().toString())
                    .orElse(ReportFormat.MD);
        }
        SaveArgument.Opened opened = SaveArgument.open(SaveStore.forInstallation(), save, anyway, "report", err);
        if (opened == null) {
            return 2;
        }
        if (file != null) {
            String refusal = refusal(file, opened.file());
            if (refusal != null) {
                return fail(err, refusal);
            }
            try {
                target.check(force, opened.file());
            } catch (FileRefused e) {
                return fail(err, e.getMessage());
            }
        }
        GameReport report = ReportBuilder.build(opened.game(), save);
        String text = fmt.render(report);
        if (target == null || target.isStandardOutput()) {
            out.print(text);
            out.flush();
            return 0;
        }
        try {
            target.write(text.getBytes(StandardCharsets.UTF_8), out);
        } catch (FileRefused e) {
            err.println("amur: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("Wrote the " + fmt.id() + " report of " + TextRules.sanitize(save, false) + " to "
                + target.shown() + ".");
        out.flush();
        return 0;
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
     * Why a report may not be written to {@code target} whatever {@code --force} says, or null: a report
     * is never a .json file (that is where games are saved), and never the save it comes from. Everything
     * else (devices, folders, other saves and scenarios) is {@link OutputTarget#check}'s.
     */
    static String refusal(Path target, Path saveFile) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String shown = TextRules.sanitize(target.toString(), false);
        if (lower.endsWith(".json") || lower.endsWith(".json.bak")) {
            return "Refusing to write the report to " + shown + ": .json files are where games are saved; "
                    + "choose a name ending in .md, .html or .csv.";
        }
        Path t = target.toAbsolutePath().normalize();
        Path s = saveFile.toAbsolutePath().normalize();
        try {
            if (t.equals(s) || (Files.exists(t) && Files.isSameFile(t, s))) {
                return "Refusing to write the report over the save it comes from ("
                        + TextRules.sanitize(saveFile.toString(), false) + ").";
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
