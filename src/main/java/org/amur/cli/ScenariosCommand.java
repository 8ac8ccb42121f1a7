package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amur scenarios}: the scenarios in the scenarios folder. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenarios you can play.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = ScenarioLoader.forInstallation();
        int broken = 0;
        out.println("Scenarios in " + loader.directory() + ":");
        for (Path file : loader.files()) {
            try {
                LoadedScenario s = ScenarioLoader.load(file);
                out.printf("  %-22s %s (%d turns from %d)%n", s.id(), s.info().title(), s.scenario().turns(),
                        s.scenario().startYear());
                out.println("  " + " ".repeat(22) + " " + s.info().description());
            } catch (ScenarioException e) {
                broken++;
                out.printf("  %-22s (invalid: %s)%n", file.getFileName(), e.problems().get(0).message());
            }
        }
        if (broken > 0) {
            out.println(broken + " file(s) could not be loaded; see: amur validate FILE");
        }
        out.flush();
        return 0;
    }
}
