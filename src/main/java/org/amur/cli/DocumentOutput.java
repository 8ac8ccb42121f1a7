package org.amur.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.amur.engine.TextBundle;
import org.amur.files.FileRefused;
import org.amur.files.OutputTarget;
import org.amur.scenario.TextRules;
import picocli.CommandLine.Option;

/**
 * The options of a command that writes one document ({@code report}, {@code handout}, {@code debrief}):
 * {@code -f/--format}, {@code -o/--output} and {@code --force}, and the one way such a document is
 * written, through {@link OutputTarget} (standard output without {@code -o}; else a regular file or a
 * new path, replaced atomically; never a device, a folder, an input, or without {@code --force} a save or
 * a scenario). A document is never written to a {@code .json} name, whatever {@code --force} says.
 */
final class DocumentOutput {
    static final TextBundle TEXT = TextBundle.load(DocumentOutput.class, "documents.properties");

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    String output;

    @Option(names = "--force")
    boolean force;

    private OutputTarget target;

    /** A refusal: one sentence for the user, exit code 2. */
    static final class Refused extends Exception {
        Refused(String sentence) {
            super(sentence, null, false, false);
        }
    }

    /**
     * The format asked for, or the one the {@code -o} file's extension names ({@code .htm} is html, {@code .markdown} md),
     * else the first of {@code formats}; {@code what} names the document in the refusal.
     */
    String format(String what, List<String> formats) throws Refused {
        if (format != null) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!formats.contains(f)) {
                throw new Refused(TEXT.format("doc.format", what, TextRules.sanitize(format, false),
                        choice(formats)));
            }
            return f;
        }
        if (output != null && !output.equals("-")) {
            String lower = output.toLowerCase(Locale.ROOT);
            for (String f : formats) {
                if (lower.endsWith("." + f) || (f.equals("html") && lower.endsWith(".htm"))
                        || (f.equals("md") && lower.endsWith(".markdown"))) {
                    return f;
                }
            }
        }
        return formats.get(0);
    }

    /**
     * The file the document goes to, or null for standard output: a usable name, never {@code .json}.
     * {@link #check} applies the rest of the rules.
     */
    Path file(String what, List<String> formats) throws Refused {
        if (output == null) {
            target = null;
            return null;
        }
        try {
            target = OutputTarget.parse(output);
        } catch (FileRefused e) {
            throw new Refused(e.getMessage());
        }
        if (target.isStandardOutput()) {
            return null;
        }
        String lower = target.file().getFileName() == null ? ""
                : target.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".json.bak")) {
            throw new Refused(TEXT.format("doc.json", what, target.shown(),
                    choice(formats.stream().map(f -> "." + f).toList())));
        }
        return target.file();
    }

    /**
     * Checks where the document goes before the work that produces it, so a refusal costs nothing:
     * {@link #file}'s rules, then what {@link OutputTarget#check} allows, never one of {@code inputs}.
     */
    void check(String what, List<String> formats, Path... inputs) throws Refused {
        file(what, formats);
        if (target == null) {
            return;
        }
        try {
            target.check(force, inputs);
        } catch (FileRefused e) {
            throw new Refused(e.getMessage());
        }
    }

    /**
     * Writes {@code text} (after {@link #check}): to {@code out} for standard output, else to the file,
     * saying so on {@code out} as "Wrote the {@code what} to FILE."; returns the exit code, after one
     * sentence on {@code err} if the write failed (nothing at the target changed then).
     */
    int write(String text, String what, PrintWriter out, PrintWriter err) {
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
        out.println(TEXT.format("doc.wrote", what, target.shown()));
        out.flush();
        return 0;
    }

    /** "md, html or csv". */
    private static String choice(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + TEXT.get("doc.or") + " "
                + items.get(items.size() - 1);
    }
}
