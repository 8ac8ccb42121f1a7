package org.amur.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content in place,
 * never a torn file: a temporary file in the same folder, fsync, atomic rename over the target, fsync
 * of the folder. The previous content is kept as {@code <file>.bak} the same way. Public so that other
 * files Amur writes (reports) get the same guarantee.
 */
public final class AtomicFiles {
    /**
     * Fault injection for the crash test only: a pause in milliseconds between 1 KiB chunks of a write,
     * which widens the window in which a kill lands mid-write. Zero (no pause) unless the system
     * property {@code amur.faultInjection.writePauseMillis} is set.
     */
    private static final long PAUSE = Long.getLong("amur.faultInjection.writePauseMillis", 0L);
    private static final int CHUNK = 1024;

    private AtomicFiles() {
    }

    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Replaces {@code target} with {@code bytes}; if {@code keepBackup}, the old content becomes the .bak. */
    public static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (keepBackup && Files.isRegularFile(target)) {
            Path tmpBak = Files.createTempFile(dir, ".amur-bak-", ".tmp");
            try {
                Files.copy(target, tmpBak, StandardCopyOption.REPLACE_EXISTING);
                force(tmpBak);
                move(tmpBak, backupOf(target));
            } finally {
                Files.deleteIfExists(tmpBak);
            }
        }
        Path tmp = Files.createTempFile(dir, ".amur-save-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeChunks(ch, bytes);
                ch.force(true);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(dir);
    }

    static void writeChunks(FileChannel ch, byte[] bytes) throws IOException {
        for (int off = 0; off < bytes.length; off += CHUNK) {
            ByteBuffer buf = ByteBuffer.wrap(bytes, off, Math.min(CHUNK, bytes.length - off));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (PAUSE > 0) {
                try {
                    Thread.sleep(PAUSE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while saving", e);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open or sync a directory; the rename itself is still atomic there.
        }
    }
}
