package org.amur.scenario;

import java.util.List;
import java.util.Map;

/**
 * The words of a scenario, for screens and reports: its description, the briefings for each side and
 * the facilitator, guidance shown on given turns (the tutorial), the text of each card, and why each
 * objective matters. The engine never needs these.
 */
public record ScenarioInfo(String id, String title, String description, int startYear, int turns,
                           Briefing briefing, List<Guidance> guidance, Map<String, String> cardTexts,
                           Map<String, String> objectiveNotes) {

    public ScenarioInfo {
        guidance = List.copyOf(guidance);
        cardTexts = Map.copyOf(cardTexts);
        objectiveNotes = Map.copyOf(objectiveNotes);
    }

    public record Briefing(String moscow, String beijing, String facilitator) {
    }

    /** Text to show a player on {@code turn} (0 = before the first turn). */
    public record Guidance(int turn, String text) {
    }
}
