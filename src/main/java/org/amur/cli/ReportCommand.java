package org.amur.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.amur.report.GameReport;
import org.amur.report.ReportBuilder;
import org.amur.report.ReportFormat;
import org.amur.save.AtomicFiles;
import org.amur.save.SaveStore;
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
            description = "Write the report to FILE (replaced atomically) instead of standard output.")
    String output;

    @Option(names = "--anyway", description = "Report even if the scenario changed since the game was saved "
            + "(the moves are replayed on the current version).")
    boolean anyway;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt;
        Path target = null;
        if (output != null) {
            try {
                target = Path.of(output);
            } catch (InvalidPathException e) {
                return fail(err, "'" + output + "' is not a usable file name for the report.");
            }
        }
        if (format != null) {
            fmt = parse(format);
            if (fmt == null) {
                return fail(err, "There is no report format '" + format + "'; choose md, html or csv.");
            }
        } else {
            fmt = target == null ? ReportFormat.MD
                    : ReportFormat.ofFileName(target.getFileName() == null ? "" : target.getFileName().toString())
                    .orElse(ReportFormat.MD);
        }
        SaveArgument.Opened opened = SaveArgument.open(SaveStore.forInstallation(), save, anyway, "report", err);
        if (opened == null) {
            return 2;
        }
        if (target != null) {
            String refusal = refusal(target, opened.file());
            if (refusal != null) {
                return fail(err, refusal);
            }
        }
        GameReport report = ReportBuilder.build(opened.game(), save);
        String text = fmt.render(report);
        if (target == null) {
            out.print(text);
            out.flush();
            return 0;
        }
        Set<PosixFilePermission> before = permissions(target);
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            err.println("amur: the report could not be written to " + target + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing there was changed.");
            err.flush();
            return 1;
        }
        // The atomic write goes through a private temporary file; a report is a handout, so it gets the
        // permissions of the file it replaced, or the usual rw-r--r-- when it is new.
        try {
            Files.setPosixFilePermissions(target, before != null ? before : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: it keeps what the system gave it
        }
        out.println("Wrote the " + fmt.id() + " report of " + save + " to " + target + ".");
        out.flush();
        return 0;
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getPosixFilePermissions(file) : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static ReportFormat parse(String s) {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.id().equals(s.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** Why the report may not be written to {@code target}, or null if it may. Saves are never written over. */
    static String refusal(Path target, Path saveFile) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".json.bak")) {
            return "Refusing to write the report to " + target + ": .json files are where games are saved; "
                    + "choose a name ending in .md, .html or .csv.";
        }
        Path t = target.toAbsolutePath().normalize();
        Path s = saveFile.toAbsolutePath().normalize();
        try {
            if (t.equals(s) || (Files.exists(t) && Files.isSameFile(t, s))) {
                return "Refusing to write the report over the save it comes from (" + saveFile + ").";
            }
        } catch (IOException e) {
            // cannot tell: the checks below still apply
        }
        if (Files.isDirectory(t)) {
            return target + " is a folder; give a file name for the report.";
        }
        Path parent = t.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return "The folder " + parent + " does not exist; create it first or choose another place for the report.";
        }
        if (Files.isRegularFile(t) && looksLikeSave(t)) {
            return "Refusing to write the report over " + target + ", which holds a saved game.";
        }
        return null;
    }

    private static boolean looksLikeSave(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(256), StandardCharsets.UTF_8);
            return head.stripLeading().startsWith("{") && head.contains("\"amur-save\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static int fail(PrintWriter err, String sentence) {
        err.println("amur: " + sentence);
        err.flush();
        return 2;
    }
}
