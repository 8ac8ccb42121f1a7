package org.amur.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.Problem;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;

/** The scenarios folder read once: each file with its scenario, or the first reason it cannot be used. */
final class ScenarioList {

    record Entry(Path file, LoadedScenario scenario, String problem) {
        String id() {
            if (scenario != null) {
                return scenario.id();
            }
            String n = file.getFileName().toString();
            return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
        }

        String title() {
            return scenario != null ? scenario.info().title() : id();
        }
    }

    private ScenarioList() {
    }

    static List<Entry> read(ScenarioLoader loader) {
        List<Entry> out = new ArrayList<>();
        for (Path p : loader.files()) {
            try {
                out.add(new Entry(p, ScenarioLoader.load(p), null));
            } catch (ScenarioException e) {
                String first = e.errors().isEmpty() ? "" : e.errors().get(0).message();
                out.add(new Entry(p, null, Ui.t("scenarios.broken", e.errors().size(), first)));
            } catch (RuntimeException e) {
                out.add(new Entry(p, null, Ui.t("scenarios.broken", 1, e.getClass().getSimpleName())));
            }
        }
        return out;
    }

    static String problems(ScenarioException e) {
        List<String> lines = new ArrayList<>();
        for (Problem p : e.errors()) {
            lines.add(p.format());
        }
        return String.join("\n", lines);
    }
}
