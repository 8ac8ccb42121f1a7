package org.amur.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import org.amur.engine.TextBundle;

/**
 * The claim of one game in progress on its save file, so that two copies of Amur (or two tables of one
 * classroom server) never play the same game and lose each other's turns. It is held from when a game is
 * opened for play until it is closed: an OS lock ({@link FileChannel#tryLock}) on a sidecar file
 * {@code <save>.lock}, which the operating system releases when the process ends however it ends, and an
 * entry in a registry of this process (OS locks belong to a whole process, so two tables of one server
 * would not see each other's). Reading a save (replay, report, the load list) needs no lock.
 *
 * <p>The sidecar file is never removed: a copy waiting to open it could otherwise lock a removed file while
 * a third locks its replacement. It is an empty-looking hidden file, taken by the next game that opens the
 * save. This process never opens a sidecar a second time while it holds it (the registry comes first), as
 * closing any other descriptor of the file would drop the POSIX lock.
 */
public final class SaveLock implements AutoCloseable {
    static final TextBundle TEXT = TextBundle.load(SaveLock.class, "save.properties");
    /** The most a lock file Amur writes holds (a process id and a random mark); anything larger is not one. */
    private static final int MAX_MARK = 80;
    private static final ConcurrentHashMap<Path, SaveLock> HELD = new ConcurrentHashMap<>();

    private final Path save;
    private final Path sidecar;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private SaveLock(Path save, Path sidecar, FileChannel channel, FileLock lock) {
        this.save = save;
        this.sidecar = sidecar;
        this.channel = channel;
        this.lock = lock;
    }

    /** The sidecar lock file of {@code save}: {@code .<save>.lock} beside it (hidden: it is no save). */
    public static Path sidecarOf(Path save) {
        return save.resolveSibling("." + save.getFileName() + ".lock");
    }

    /**
     * Claims the game saved (or to be saved) in {@code save} for this caller. Throws a {@link SaveException}
     * of kind {@link SaveException.Kind#LOCKED} with one sentence when another copy of Amur, or another
     * game of this one, has it open, and of kind {@link SaveException.Kind#WRITE_FAILED} when the lock file
     * cannot be made (the folder cannot be written: the game could not be saved there either).
     */
    public static SaveLock acquire(Path save) throws SaveException {
        Path key = key(save);
        SaveLock mine = new SaveLock(key, null, null, null); // reserves the key in this process
        if (HELD.putIfAbsent(key, mine) != null) {
            throw locked(key);
        }
        try {
            SaveLock taken = take(key);
            HELD.replace(key, mine, taken);
            return taken;
        } catch (SaveException | RuntimeException e) {
            HELD.remove(key, mine);
            throw e;
        }
    }

    /** Whether some game of this process holds {@code save}. */
    static boolean heldHere(Path save) {
        SaveLock l = HELD.get(key(save));
        return l != null;
    }

    private static SaveLock take(Path save) throws SaveException {
        Path sidecar = sidecarOf(save);
        if (Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS) && !ours(sidecar)) {
            throw new SaveException(SaveException.Kind.WRITE_FAILED, TEXT.format("lock.foreign",
                    org.amur.files.Names.shown(sidecar.getFileName().toString())));
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            throw new SaveException(SaveException.Kind.WRITE_FAILED, TEXT.format("lock.cannot",
                    org.amur.files.Names.shown(save.getFileName().toString()),
                    e instanceof IOException io ? org.amur.files.InputFile.why(io) : TEXT.get("lock.unsupported")),
                    e);
        }
        FileLock fl;
        try {
            fl = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            fl = null;
        } catch (IOException e) {
            close(ch);
            throw new SaveException(SaveException.Kind.WRITE_FAILED, TEXT.format("lock.cannot",
                    org.amur.files.Names.shown(save.getFileName().toString()), org.amur.files.InputFile.why(e)), e);
        }
        if (fl == null) {
            close(ch);
            throw locked(save);
        }
        try {
            // for people looking at the folder: which process has the game
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException e) {
            // the lock is what counts
        }
        return new SaveLock(save, sidecar, ch, fl);
    }

    /** Whether {@code sidecar} looks like a lock file Amur made: a small regular file, not a link. */
    private static boolean ours(Path sidecar) {
        try {
            var a = Files.readAttributes(sidecar, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() <= MAX_MARK;
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing held
        }
    }

    private static SaveException locked(Path save) {
        return new SaveException(SaveException.Kind.LOCKED, TEXT.format("lock.held",
                org.amur.files.Names.shown(name(save))));
    }

    private static String name(Path save) {
        String n = save.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /** One key per file however it is named: the folder's real path (when it exists) and the file name. */
    private static Path key(Path save) {
        Path abs = save.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            dir = dir.toRealPath();
        } catch (IOException e) {
            // not there yet: the normalised path is the best name
        }
        return dir.resolve(abs.getFileName());
    }

    /** The save file this lock claims. */
    public Path file() {
        return save;
    }

    /** Gives the game up: releases the OS lock (the sidecar file stays, see the class). Harmless twice. */
    @Override
    public synchronized void close() {
        if (released || channel == null) {
            return;
        }
        released = true;
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
        HELD.remove(save, this);
    }
}
