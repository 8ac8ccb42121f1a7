package org.amur.cli;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** For tests that run the game as a user does: a jar like target/amur.jar, and a folder the launcher runs from. */
final class TestJar {
    private TestJar() {
    }

    /** A jar like target/amur.jar at {@code at}: Main-Class and, instead of shaded classes, this test's class path. */
    static Path at(Path at) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.amur.cli.Main");
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.add(Path.of(e).toAbsolutePath().toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", cp));
        Files.createDirectories(at.getParent());
        try (OutputStream o = Files.newOutputStream(at); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
        return at;
    }

    /** {@code home} as a clone looks once built: the launcher {@code amur} beside {@code target/amur.jar}. */
    static Path launcherHome(Path home) throws Exception {
        at(home.resolve("target").resolve("amur.jar"));
        Files.copy(Path.of("amur"), home.resolve("amur"));
        return home;
    }
}
