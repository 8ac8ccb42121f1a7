package org.amur.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amur.files.Terminal;

/**
 * What a command may answer a hostile input, checked alike by {@link HostileCorpusTest} and
 * {@link OptionSweepTest}: exit 0, 1 or 2, a word when it fails, no stack trace or exception class name,
 * no JSON reader's own words, no raw control character; and which files it may have changed.
 */
final class CleanAnswer {
    /** The JSON reader's own vocabulary, which must never reach a user (issue 16 item 13). */
    static final Pattern READER_TEXT = Pattern.compile(
            "end-of-input|close marker|CTRL-CHAR|was expecting|Unrecognized token|\\[Source|JsonParser|bound as");
    private static final Pattern EXCEPTION = Pattern.compile("\tat |\\b[A-Z][A-Za-z]*(Exception|Error)\\b");
    /** A checker's finding: {@code file:line:column: error: ...} or {@code file: warning: ...}. */
    private static final Pattern FINDING = Pattern.compile(".+?: (error|warning): \\S.*");
    /** A checker's closing count ({@code 2 errors, 0 warnings in 1 file.}). */
    private static final Pattern COUNT = Pattern.compile("\\d+ errors?, \\d+ warnings? in \\d+ files?\\.");
    /** The lines that may follow a refusal: where to read more, what to do about a scenario's findings. */
    private static final Pattern HINT = Pattern.compile(
            "Try '.+' for the options\\.|The scenario cannot be used: .+|Use it with the current scenario anyway: amur .+");
    /** Text in quotes (a user's own words, which may hold anything), left out when counting sentences. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\u201c[^\u201d]*\u201d");
    /** Where one sentence ends and another begins. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("[.!?] +[A-Z]");

    private CleanAnswer() {
    }

    /** Everything wrong with a command's answer; empty when it is clean. */
    static List<String> problems(int code, String out, String err) {
        List<String> wrong = new ArrayList<>();
        if (code < 0 || code > 2) {
            wrong.add("exit " + code);
        }
        if (code != 0 && err.isBlank() && out.isBlank()) {
            wrong.add("failed without a word");
        }
        if (code != 0) {
            String words = oneSentence(err.isBlank() ? out : err);
            if (words != null) {
                wrong.add(words);
            }
        }
        for (String text : new String[] {out, err}) {
            if (EXCEPTION.matcher(text).find()) {
                wrong.add("exception text: " + clip(text, 300));
            }
            if (READER_TEXT.matcher(text).find()) {
                wrong.add("the JSON reader's own words: " + clip(text, 300));
            }
            if (text.codePoints().anyMatch(cp -> cp != '\n' && cp != '\r' && Terminal.unsafe(cp))) {
                wrong.add("raw control character in the output");
            }
        }
        return wrong;
    }

    /**
     * Null when a refusal is one sentence: a single {@code amur: ...} line holding one sentence (followed at
     * most by a hint line), or a checker's findings, each on its line with its place, then their count;
     * else what is wrong with it.
     */
    static String oneSentence(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int refusals = 0;
        for (String line : lines) {
            if (line.startsWith("amur: ")) {
                refusals++;
                String bare = QUOTED.matcher(line.substring(6)).replaceAll("Q");
                if (NEXT_SENTENCE.matcher(bare).find()) {
                    return "more than one sentence: " + clip(line, 300);
                }
                if (!bare.matches("(?s).*[.!?][)\"']?")) {
                    return "a refusal that is not a finished sentence: " + clip(line, 300);
                }
            } else if (!FINDING.matcher(line).matches() && !COUNT.matcher(line).matches()
                    && !HINT.matcher(line).matches()) {
                return "a line that is neither a refusal, a finding nor a hint: " + clip(line, 300);
            }
        }
        if (refusals > 1) {
            return refusals + " refusals where one sentence was due: " + clip(text, 300);
        }
        return null;
    }

    /** A command line as a failure message shows it: safe for a terminal, long words cut. */
    static String describe(String[] args) {
        return clip(String.join(" ", args), 200);
    }

    static String clip(String text, int max) {
        return Terminal.safe(text.length() > max ? text.substring(0, max) + "..." : text);
    }

    /**
     * Every file below the roots (links not followed) but {@code except} with its size, time and kind, to
     * compare before and after a command; a file that cannot be read shows as {@code ?}.
     */
    static Map<String, String> snapshot(Path except, Path... roots) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (p.equals(except)) {
                        continue;
                    }
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                        // a folder's own time changes when an allowed output appears in it: compare its entries only
                        m.put(p.toString(), a.isDirectory() ? "folder" : a.size() + "/" + a.lastModifiedTime() + "/"
                                + a.isRegularFile() + "/" + a.isSymbolicLink() + "/" + a.isOther());
                    } catch (IOException e) {
                        m.put(p.toString(), "?");
                    }
                }
            }
        }
        return m;
    }
}
