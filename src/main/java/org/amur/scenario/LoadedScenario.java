package org.amur.scenario;

import org.amur.engine.Scenario;

/**
 * A scenario file that passed every check: the engine's scenario, its words, where it came from,
 * and the SHA-256 of its bytes (saves record it to notice a changed scenario).
 */
public record LoadedScenario(Scenario scenario, ScenarioInfo info, String source, String sha256,
                             java.util.List<Problem> warnings) {
    public LoadedScenario {
        warnings = java.util.List.copyOf(warnings);
    }

    public String id() {
        return scenario.id();
    }
}
