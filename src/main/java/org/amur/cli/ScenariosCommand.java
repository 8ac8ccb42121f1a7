package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.TextRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amur scenarios}: the scenarios in the scenarios folder. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenarios you can play, with the lengths each allows and its named presets.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = ScenarioLoader.forInstallation();
        int broken = 0;
        String folder = org.amur.files.Names.shown(loader.directory().toString());
        if (!java.nio.file.Files.isDirectory(loader.directory())) {
            spec.commandLine().getErr().println(DocumentOutput.TEXT.format("scenarios.no_folder", folder));
            spec.commandLine().getErr().flush();
            return 1;
        }
        java.util.List<Path> files = loader.files();
        if (files.isEmpty()) {
            out.println(DocumentOutput.TEXT.format("scenarios.none", folder));
            out.flush();
            return 1;
        }
        out.println(DocumentOutput.TEXT.format("scenarios.header", folder));
        for (Path file : files) {
            try {
                LoadedScenario s = ScenarioLoader.load(file);
                out.printf("  %-22s %s (%d turns from %d)%n", s.id(), s.info().title(), s.scenario().turns(),
                        s.scenario().startYear());
                String indent = "  " + " ".repeat(22) + " ";
                out.println(indent + s.info().description());
                out.println(indent + lengths(s.length()));
            } catch (ScenarioException e) {
                broken++;
                out.printf("  %-22s (invalid: %s)%n", file.getFileName(), e.problems().get(0).message());
            }
        }
        if (broken > 0) {
            out.println(DocumentOutput.TEXT.format("scenarios.broken", broken));
        }
        out.flush();
        return 0;
    }

    /** "Length: 1 to 8 turns (--turns N). Presets: One class period: 4 turns; ..." */
    static String lengths(LoadedScenario.Length l) {
        String line = l.min() == l.max() ? DocumentOutput.TEXT.format("scenarios.length.fixed", l.min())
                : DocumentOutput.TEXT.format("scenarios.length.range", l.min(), l.max());
        if (l.presets().isEmpty()) {
            return line;
        }
        return line + " " + DocumentOutput.TEXT.format("scenarios.length.presets", String.join("; ", l.presets().stream()
                .map(p -> DocumentOutput.TEXT.format("scenarios.length.preset", TextRules.sanitize(p.name(), false),
                        p.turns())).toList()));
    }
}
