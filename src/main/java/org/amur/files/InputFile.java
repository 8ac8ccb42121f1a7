package org.amur.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.amur.engine.TextBundle;

/**
 * Reads a file a user named (a scenario, a save, anything): only a regular file, and never more than
 * a given number of bytes. A FIFO, a device ({@code /dev/zero}), a folder, a socket or a symbolic link
 * that loops or leads nowhere is refused in one sentence before anything is read; a file larger than
 * the limit (or one that grows past it while being read) is refused without reading the rest. Every
 * command that reads a file uses this, so none of them can hang on a pipe or run out of memory.
 */
public final class InputFile {
    static final TextBundle TEXT = TextBundle.load(InputFile.class, "files.properties");

    private InputFile() {
    }

    /**
     * The path a user typed, or a refusal if it is not a usable path here (a NUL byte, or characters the
     * file system's encoding cannot hold).
     */
    public static Path path(String typed) throws FileRefused {
        if (typed.isBlank()) {
            // Path.of("") is the current folder, which no one means by an empty argument
            throw refused(FileRefused.Kind.NOT_FOUND, "in.empty_name", Names.shown(typed));
        }
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw refused(FileRefused.Kind.NOT_FOUND, "in.bad_name", Names.shown(typed));
        }
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes} of them. {@code what} names what the file should
     * be ("a scenario", "a save") in the message about the limit.
     */
    public static byte[] read(Path file, long maxBytes, String what) throws FileRefused {
        String shown = Names.shown(file.toString());
        BasicFileAttributes attrs = attributes(file, shown);
        if (attrs.isDirectory()) {
            throw refused(FileRefused.Kind.NOT_REGULAR, "in.folder", shown);
        }
        if (!attrs.isRegularFile()) {
            throw refused(FileRefused.Kind.NOT_REGULAR, "in.not_regular", shown);
        }
        if (attrs.size() > maxBytes) {
            throw tooLarge(shown, maxBytes, what);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(shown, maxBytes, what);
            }
            return bytes;
        } catch (IOException e) {
            throw fromIo(e, file, shown);
        }
    }

    /** The attributes of the file a link points to; a missing file, a dangling link or a loop is refused. */
    private static BasicFileAttributes attributes(Path file, String shown) throws FileRefused {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw fromIo(e, file, shown);
        }
    }

    private static FileRefused fromIo(IOException e, Path file, String shown) {
        if (e instanceof NoSuchFileException || (e instanceof FileSystemException fse && loop(fse))) {
            boolean link = Files.isSymbolicLink(file) || (e instanceof FileSystemException fse2 && loop(fse2));
            return refused(link ? FileRefused.Kind.NOT_REGULAR : FileRefused.Kind.NOT_FOUND, link ? "in.dangling_link" : "in.not_found", shown);
        }
        if (e instanceof AccessDeniedException) {
            return refused(FileRefused.Kind.UNREADABLE, "in.denied", shown);
        }
        return refused(FileRefused.Kind.UNREADABLE, "in.unreadable", shown, why(e));
    }

    private static FileRefused refused(FileRefused.Kind kind, String key, Object... args) {
        return new FileRefused(kind, TEXT.format(key, args), TEXT.format(key + ".d", args));
    }

    private static boolean loop(FileSystemException e) {
        String r = e.getReason();
        return r != null && r.toLowerCase(Locale.ROOT).contains("symbolic links");
    }

    private static FileRefused tooLarge(String shown, long maxBytes, String what) {
        return refused(FileRefused.Kind.TOO_LARGE, "in.too_large", shown, size(maxBytes), what);
    }

    /** A byte count the way the messages say it: whole MiB or KiB when exact, else KiB. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return TEXT.format("unit.mib", bytes / (1024 * 1024));
        }
        return TEXT.format("unit.kib", (bytes + 1023) / 1024);
    }

    /** An I/O failure in plain words, never an exception's class name. */
    public static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return TEXT.get("why.denied");
        }
        if (e instanceof NoSuchFileException) {
            return TEXT.get("why.no_folder");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException
                || e instanceof java.nio.file.DirectoryNotEmptyException) {
            String in = ((FileSystemException) e).getFile();
            Path p = in == null ? null : Path.of(in).getFileName();
            return TEXT.format("why.in_the_way", Names.shown(p == null ? String.valueOf(in) : p.toString()));
        }
        String m = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space")) {
            return TEXT.get("why.no_space");
        }
        if (lower.contains("read-only")) {
            return TEXT.get("why.read_only");
        }
        if (lower.contains("permission") || lower.contains("not permitted")) {
            return TEXT.get("why.denied");
        }
        if (lower.contains("not a directory")) {
            return TEXT.get("why.not_folder");
        }
        return m == null || m.isBlank() ? TEXT.get("why.other") : Names.shown(m);
    }

    /** Whether {@code file} exists as a link, whatever it points to. */
    static boolean existsAsLink(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
