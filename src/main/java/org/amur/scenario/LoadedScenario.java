package org.amur.scenario;

import java.util.List;
import java.util.Optional;
import org.amur.engine.Scenario;

/**
 * A scenario file that passed every check: the engine's scenario, its words, where it came from,
 * the SHA-256 of its text (saves record it to notice a changed scenario), the text itself (a save
 * carries it, so the game can be replayed without the file) and the game lengths it allows.
 * {@link #scenario()} and {@link #info()} already have the length this game is played at
 * ({@link #withTurns}); {@link Length#turns()} is the file's own.
 */
public record LoadedScenario(Scenario scenario, ScenarioInfo info, String source, String sha256,
                             List<Problem> warnings, String json, Length length) {
    public LoadedScenario {
        warnings = List.copyOf(warnings);
    }

    /** A named game length such as "One class period": 4 turns. */
    public record Preset(String name, int turns) {
    }

    /**
     * The lengths a game of this scenario may have: {@code turns} is the file's, a game may be set to any
     * number from {@code min} to {@code max}, and {@code presets} name some of them.
     */
    public record Length(int turns, int min, int max, List<Preset> presets) {
        public Length {
            presets = List.copyOf(presets);
        }
    }

    public String id() {
        return scenario.id();
    }

    /** The number of turns this game is played at. */
    public int turns() {
        return scenario.turns();
    }

    /** Why a game of {@code n} turns is not allowed here, in one sentence; empty if it is. */
    public Optional<String> whyNotTurns(int n) {
        if (n < length.min() || n > length.max()) {
            return Optional.of(length.min() == length.max() ? Problems.t("length.only", id(), length.min(), n)
                    : Problems.t("length.range", id(), length.min(), length.max(), n));

        }
        return Optional.empty();
    }

    /**
     * The same scenario played for {@code n} turns (this one if it already is). Event cards whose last turn
     * is after {@code n} simply do not come up after the game ends.
     *
     * @throws IllegalArgumentException when {@link #whyNotTurns} objects
     */
    public LoadedScenario withTurns(int n) {
        Optional<String> why = whyNotTurns(n);
        if (why.isPresent()) {
            throw new IllegalArgumentException(why.get());
        }
        if (n == scenario.turns()) {
            return this;
        }
        ScenarioInfo i = info;
        return new LoadedScenario(scenario.withTurns(n), new ScenarioInfo(i.id(), i.title(), i.description(),
                i.startYear(), n, i.briefing(), i.guidance(), i.cardTexts(), i.objectiveNotes()), source, sha256,
                warnings, json, length);
    }

    /** Whether this game is shorter or longer than the scenario file's own length. */
    public boolean lengthChanged() {
        return scenario.turns() != length.turns();
    }
}
