package org.amur.cli;

import java.io.PrintWriter;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.Problem;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;

/** Shared by the commands: find a scenario the way users name it, and report why one cannot be used. */
final class Scenarios {
    private Scenarios() {
    }

    static LoadedScenario load(String idOrPath) throws ScenarioException {
        return ScenarioLoader.forInstallation().resolve(idOrPath);
    }

    /** {@link #load}, or null after telling {@code err} why the scenario cannot be used. */
    static LoadedScenario loadOrReport(String idOrPath, PrintWriter err) {
        try {
            return load(idOrPath);
        } catch (ScenarioException e) {
            report(e, err);
            return null;
        }
    }

    /**
     * The scenarios a batch command plays: those {@code named} ({@code -s}), else every file in the
     * installation's folder. With {@code skipBroken} a folder file that does not load is skipped with one
     * line; otherwise any scenario that does not load stops the command. Null after telling {@code err} why
     * (its problems, or {@code noneKey} with the folder when it holds nothing to play).
     */
    static java.util.List<LoadedScenario> loadBatch(java.util.List<String> named, boolean skipBroken, String noneKey,
            PrintWriter err) {
        java.util.List<LoadedScenario> loaded = new java.util.ArrayList<>();
        try {
            if (named != null && !named.isEmpty()) {
                for (String s : named) {
                    loaded.add(load(s));
                }
                return loaded;
            }
            ScenarioLoader loader = ScenarioLoader.forInstallation();
            for (java.nio.file.Path file : loader.files()) {
                try {
                    loaded.add(ScenarioLoader.load(file));
                } catch (ScenarioException e) {
                    if (!skipBroken) {
                        throw e;
                    }
                    err.println("amur: " + CliText.t("scenario.skipped", file.getFileName(),
                            e.problems().get(0).message(), file));
                }
            }
            if (loaded.isEmpty()) {
                err.println("amur: " + CliText.t(noneKey, loader.directory()));
                return null;
            }
            return loaded;
        } catch (ScenarioException e) {
            report(e, err);
            return null;
        }
    }

    /** The file a command reads when a scenario is named by path (so no output replaces it), else null. */
    static java.nio.file.Path fileOf(String idOrPath) {
        try {
            return java.nio.file.Path.of(idOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    static void report(ScenarioException e, PrintWriter err) {
        for (Problem p : e.problems()) {
            err.println(p.format());
        }
        // A scenario that was not found has nothing to fix: the one line above says so and lists the ids.
        String file = e.problems().isEmpty() ? "" : e.problems().get(0).file();
        if (!file.isEmpty() && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file))) {
            long errors = e.errors().size();
            err.println(CliText.t("scenario.unusable", errors, file));

        }
        err.flush();
    }
}
