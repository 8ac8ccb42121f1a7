package org.amur.scenario;

import java.nio.file.Path;

/**
 * Where this Amur installation lives: the {@code amur.home} system property (the launcher sets it to
 * the repository folder), else the {@code AMUR_HOME} environment variable, else the working folder.
 * {@code scenarios/} and {@code saves/} are found under it.
 */
public final class Home {
    private Home() {
    }

    public static Path path() {
        String p = System.getProperty("amur.home");
        if (p == null || p.isBlank()) {
            p = System.getenv("AMUR_HOME");
        }
        return (p == null || p.isBlank() ? Path.of("") : Path.of(p)).toAbsolutePath().normalize();
    }
}
