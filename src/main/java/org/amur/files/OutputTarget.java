package org.amur.files;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Where a command writes a file the user asked for ({@code report -o}, {@code simulate --csv}, handouts):
 * the one helper every such command uses, so each gets the same guarantees.
 *
 * <ul>
 * <li>{@code -} is standard output.</li>
 * <li>Only a new path or an existing regular file is written. A device ({@code /dev/null}), a pipe, a
 * socket or a folder is refused in one sentence and never replaced (an atomic rename onto a device node
 * would swap the node for a file when run as root). A symbolic link to a regular file writes the file it
 * points to; a link that loops or leads nowhere is refused.</li>
 * <li>The file is written to a temporary file in the same folder and renamed over the target, so an
 * interrupted write (Ctrl-C, a full disk) leaves the old content or nothing, never a cut-off file.</li>
 * <li>An existing save, scenario or any {@code .json} file is replaced only with {@code force}; a file the
 * command itself reads is never replaced.</li>
 * <li>A new file gets {@code rw-r--r--} (reports are handouts); a replaced one keeps its permissions.</li>
 * </ul>
 */
public final class OutputTarget {
    private static final int SNIFF_BYTES = 4096;

    private final String typed;
    private final Path file;

    private OutputTarget(String typed, Path file) {
        this.typed = typed;
        this.file = file;
    }

    /** What the user typed after {@code -o} or {@code --csv}: {@code -} for standard output, else a path. */
    public static OutputTarget parse(String typed) throws FileRefused {
        if (typed.equals("-")) {
            return new OutputTarget(typed, null);
        }
        if (typed.isEmpty()) {
            throw new FileRefused(FileRefused.Kind.NOT_FOUND, InputFile.TEXT.format("out.bad_name", ""));
        }
        try {
            return new OutputTarget(typed, InputFile.path(typed));
        } catch (FileRefused e) {
            throw new FileRefused(FileRefused.Kind.NOT_FOUND, InputFile.TEXT.format("out.bad_name", Names.shown(typed)));
        }
    }

    public boolean isStandardOutput() {
        return file == null;
    }

    /** The path as given (null for standard output). */
    public Path file() {
        return file;
    }

    /** The target as the user typed it, safe to print. */
    public String shown() {
        return Names.shown(typed);
    }

    /**
     * Refuses a target that must not be written: not a regular file or a new path, its folder missing,
     * one of {@code inputs}, or (without {@code force}) an existing save, scenario or {@code .json} file.
     * Call it before the work that produces the content, so a refusal costs nothing.
     */
    public void check(boolean force, Path... inputs) throws FileRefused {
        if (file == null) {
            return;
        }
        String shown = shown();
        Path real = resolved(shown);
        Path abs = real.toAbsolutePath().normalize();
        if (abs.startsWith("/dev") || abs.startsWith("/proc") || abs.startsWith("/sys")) {
            // device folders: never written, even where a node was already replaced by a plain file
            throw new FileRefused(FileRefused.Kind.NOT_REGULAR, InputFile.TEXT.format("out.not_regular", shown));
        }
        if (Files.exists(real)) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            } catch (IOException e) {
                throw new FileRefused(FileRefused.Kind.NOT_REGULAR, InputFile.TEXT.format("out.dangling_link", shown));
            }
            if (attrs.isDirectory()) {
                throw new FileRefused(FileRefused.Kind.NOT_REGULAR, InputFile.TEXT.format("out.folder", shown));
            }
            if (!attrs.isRegularFile()) {
                throw new FileRefused(FileRefused.Kind.NOT_REGULAR, InputFile.TEXT.format("out.not_regular", shown));
            }
            for (Path in : inputs) {
                try {
                    if (in != null && Files.exists(in) && Files.isSameFile(real, in)) {
                        throw new FileRefused(FileRefused.Kind.PROTECTED,
                                InputFile.TEXT.format("out.same_as_input", shown));
                    }
                } catch (IOException e) {
                    // cannot tell: the other checks still apply
                }
            }
            if (!force) {
                String kind = sniff(real);
                if (kind != null) {
                    throw new FileRefused(FileRefused.Kind.PROTECTED, InputFile.TEXT.format(kind, shown));
                }
            }
        }
        Path parent = real.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new FileRefused(FileRefused.Kind.NOT_FOUND, InputFile.TEXT.format("out.no_folder",
                    Names.shown(parent == null ? "/" : parent.toString())));
        }
    }

    /** The file the write lands on: the target of a symbolic link, else the path itself. */
    private Path resolved(String shown) throws FileRefused {
        if (Files.isSymbolicLink(file)) {
            try {
                return file.toRealPath();
            } catch (IOException e) {
                throw new FileRefused(FileRefused.Kind.NOT_REGULAR, InputFile.TEXT.format("out.dangling_link", shown));
            }
        }
        return file;
    }

    /** The message key for what an existing regular file holds that must not be replaced lightly, or null. */
    private static String sniff(Path file) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            head = "";
        }
        String t = head.stripLeading();
        if (t.startsWith("{") && t.contains("\"amur-save\"")) {
            return "out.save";
        }
        if (t.startsWith("{") && (t.contains("scenario.schema") || (t.contains("\"start_year\"") && t.contains("\"turns\"")))) {
            return "out.scenario";
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".json.bak")) {
            return "out.json";
        }
        return null;
    }

    /**
     * Writes {@code bytes}: to {@code stdout} for {@code -}, else atomically to the file (after
     * {@link #check}, which the caller must have called).
     */
    public void write(byte[] bytes, PrintWriter stdout) throws FileRefused {
        if (file == null) {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        try (Pending p = open(null)) {
            p.channelWrite(bytes);
            p.commit();
        }
    }

    /**
     * Starts writing the file as a stream (a CSV of many games): the text goes to a temporary file next
     * to the target and replaces it only at {@link Pending#commit()}; closing without committing leaves
     * the target as it was. For {@code -}, the writer is {@code stdout} and commit only flushes.
     */
    public Pending open(PrintWriter stdout) throws FileRefused {
        if (file == null) {
            return new Pending(this, null, null, stdout);
        }
        String shown = shown();
        Path real = resolved(shown);
        Path dir = real.toAbsolutePath().getParent();
        Path tmp;
        FileChannel ch;
        try {
            tmp = Files.createTempFile(dir, ".amur-out-", ".tmp");
            tmp.toFile().deleteOnExit(); // Ctrl-C: the shutdown hook removes the temporary file
            ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw failed(shown, e);
        }
        return new Pending(this, real, tmp, ch);
    }

    private static FileRefused failed(String shown, IOException e) {
        return new FileRefused(FileRefused.Kind.WRITE_FAILED, InputFile.TEXT.format("out.failed", shown, InputFile.why(e)));
    }

    /** A write in progress; see {@link #open}. */
    public static final class Pending implements Closeable {
        private final OutputTarget target;
        private final Path real;
        private final Path tmp;
        private final FileChannel channel;
        private final Writer writer;
        private boolean done;

        private Pending(OutputTarget target, Path real, Path tmp, PrintWriter stdout) {
            this.target = target;
            this.real = real;
            this.tmp = tmp;
            this.channel = null;
            this.writer = stdout;
        }

        private Pending(OutputTarget target, Path real, Path tmp, FileChannel channel) {
            this.target = target;
            this.real = real;
            this.tmp = tmp;
            this.channel = channel;
            this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        /** Where to write the text (buffered; UTF-8). */
        public Writer writer() {
            return writer;
        }

        private void channelWrite(byte[] bytes) throws FileRefused {
            try {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            } catch (IOException e) {
                throw failed(target.shown(), e);
            }
        }

        /** Makes the written text the target's content, all at once. */
        public void commit() throws FileRefused {
            if (tmp == null) {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw failed(target.shown(), e);
                }
                done = true;
                return;
            }
            try {
                Set<PosixFilePermission> before = permissions(real);
                writer.flush();
                channel.force(true);
                channel.close();
                try {
                    Files.setPosixFilePermissions(tmp, before != null ? before
                            : PosixFilePermissions.fromString("rw-r--r--"));
                } catch (IOException | UnsupportedOperationException e) {
                    // not a POSIX file system: it keeps what the system gave it
                }
                try {
                    Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                throw failed(target.shown(), e);
            }
        }

        @Override
        public void close() {
            if (tmp == null) {
                return;
            }
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a hidden .amur-out-*.tmp is left; it is never read
                }
            }
        }

        private static Set<PosixFilePermission> permissions(Path file) {
            try {
                return Files.isRegularFile(file) ? Files.getPosixFilePermissions(file) : null;
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }
    }
}
