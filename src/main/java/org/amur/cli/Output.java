package org.amur.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.amur.save.AtomicFiles;

/**
 * Where a document the user asked for goes: standard output without {@code -o} or with {@code -o -}, else
 * a regular file or a new path, replaced atomically. Never a folder, a device or pipe, or a saved game.
 */
final class Output {
    private Output() {
    }

    /** Why {@code output} cannot receive the document, in one sentence, or null if it can (null and "-" always can). */
    static String refusal(String output) {
        if (output == null || output.equals("-")) {
            return null;
        }
        Path t;
        try {
            t = Path.of(output).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return "'" + output + "' is not a usable file name.";
        }
        String lower = t.getFileName() == null ? "" : t.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".json.bak")) {
            return "Refusing to write to " + output + ": .json files are where games are saved; choose a name ending "
                    + "in .md, .html or .csv.";
        }
        if (Files.isDirectory(t)) {
            return output + " is a folder; give a file name.";
        }
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)) {
            return output + " is not a regular file (a device, pipe or link); give the name of a file.";
        }
        Path parent = t.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return "The folder " + parent + " does not exist; create it first or choose another place.";
        }
        if (Files.isRegularFile(t) && looksLikeSave(t)) {
            return "Refusing to write over " + output + ", which holds a saved game.";
        }
        return null;
    }

    /**
     * Writes {@code text} where {@code output} says (checked with {@link #refusal} first); returns the exit code
     * after telling {@code err} in one sentence what went wrong, or {@code out} what was written where.
     */
    static int write(String text, String output, String what, PrintWriter out, PrintWriter err) {
        String refusal = refusal(output);
        if (refusal != null) {
            err.println("amur: " + refusal);
            err.flush();
            return 2;
        }
        if (output == null || output.equals("-")) {
            out.print(text);
            out.flush();
            return 0;
        }
        Path target = Path.of(output);
        boolean existed = Files.isRegularFile(target);
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8), false);
            if (!existed) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps what the system gave it
        } catch (IOException e) {
            err.println("amur: the " + what + " could not be written to " + output + " (" + e.getClass().getSimpleName()
                    + "); nothing there was changed.");
            err.flush();
            return 1;
        }
        out.println("Wrote the " + what + " to " + output + ".");
        out.flush();
        return 0;
    }

    private static boolean looksLikeSave(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(256), StandardCharsets.UTF_8);
            return head.stripLeading().startsWith("{") && head.contains("\"amur-save\"");
        } catch (IOException e) {
            return false;
        }
    }
}
