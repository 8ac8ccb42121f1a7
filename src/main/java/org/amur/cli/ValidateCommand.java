package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amur.scenario.Problem;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.TextRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amur validate FILE...}: every problem of every file, one line each; exit 0 only without errors. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        int warnings = 0;
        for (Path f : files) {
            List<Problem> problems = ScenarioLoader.check(f);
            for (Problem p : problems) {
                out.println(p.format());
                if (p.severity() == Problem.Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            if (problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                out.println(CliText.t("validate.ok", TextRules.sanitize(f.toString(), false)));
            }
        }
        out.println(CliText.t("validate.summary", errors, warnings, files.size()));

        out.flush();
        return errors == 0 ? 0 : 1;
    }
}
