package org.amur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.amur.engine.Engine;
import org.amur.report.RulesBook;
import org.amur.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amur rules}: the whole model, generated from the code and data the engine runs. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE", defaultValue = org.amur.scenario.ScenarioLoader.DEFAULT_ID)
    String scenario;

    @Option(names = "--width", paramLabel = "N", defaultValue = "100")
    int width;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadedScenario loaded = Scenarios.loadOrReport(scenario, spec.commandLine().getErr());
        if (loaded == null) {
            return 2;
        }
        for (String line : new RulesBook(new Engine(loaded.scenario()), width).lines()) {
            out.println(line);
        }
        out.flush();
        return 0;
    }
}
