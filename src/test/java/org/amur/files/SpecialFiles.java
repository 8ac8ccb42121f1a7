package org.amur.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the files a hostile user could name: a FIFO, a symbolic link loop, a dangling link. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A FIFO at {@code p} (via mkfifo); false where the system cannot make one. */
    public static boolean fifo(Path p) {
        try {
            Process pr = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return pr.waitFor(10, TimeUnit.SECONDS) && pr.exitValue() == 0 && Files.exists(p);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Two links {@code a -> b -> a}; returns {@code a}. */
    public static Path loop(Path dir, String name) throws IOException {
        Path a = dir.resolve(name);
        Path b = dir.resolve(name + "-other");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        return a;
    }
}
