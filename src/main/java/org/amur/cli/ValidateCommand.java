package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amur.scenario.Problem;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.amur.scenario.TextRules;
import tools.jackson.databind.JsonNode;
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
            List<Problem> problems = new java.util.ArrayList<>(ScenarioLoader.check(f));
            schemaPath(f).ifPresent(w -> {
                problems.add(w);
                problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            });
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

    /**
     * A warning when the file's {@code "$schema"} is a relative path that leads to no file from the file's
     * folder: editors then check nothing as the author types (README, "Write your own scenario"). Addresses
     * ({@code https://...}) are not looked up; a file that does not parse has its own problems already.
     */
    private static java.util.Optional<Problem> schemaPath(Path f) {
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > StrictJson.MAX_FILE_BYTES) {
                return java.util.Optional.empty();
            }
            String json = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
            JsonNode schema = StrictJson.mapper().readTree(json).path("$schema");
            if (!schema.isString() || schema.stringValue().isBlank() || schema.stringValue().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                return java.util.Optional.empty();
            }
            Path parent = f.toAbsolutePath().getParent();
            if (parent != null && Files.isRegularFile(parent.resolve(schema.stringValue()))) {
                return java.util.Optional.empty();
            }
            int[] at = StrictJson.locate(json).getOrDefault("/$schema", new int[] {0, 0});
            return java.util.Optional.of(new Problem(TextRules.sanitize(f.toString(), false), at[0], at[1], "$schema",
                    Problem.Severity.WARNING, CliText.t("validate.schema_missing",
                            TextRules.sanitize(schema.stringValue(), false))));
        } catch (java.io.IOException | RuntimeException e) {
            // unreadable, not JSON or not a path here: what is wrong is reported by the checks themselves
            return java.util.Optional.empty();
        }
    }
}
