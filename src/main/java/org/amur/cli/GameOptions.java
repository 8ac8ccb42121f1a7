package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.amur.save.Names;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;

/** The game settings several commands share: the game's length and the table's and teams' names. */
final class GameOptions {
    private GameOptions() {
    }

    /** The names given on the command line, or null after telling {@code err} in one sentence why one is unusable. */
    static Names names(String table, String moscowTeam, String beijingTeam, PrintWriter err) {
        String[][] given = {{"--table", table}, {"--moscow-team", moscowTeam}, {"--beijing-team", beijingTeam}};
        for (String[] g : given) {
            Optional<String> why = Names.whyNot(CliText.t("name.after", g[0]), g[1]);
            if (why.isPresent()) {
                err.println(CliText.t("amur.says", why.get()));
                err.flush();
                return null;
            }
        }
        return new Names(table, moscowTeam, beijingTeam);
    }

    /**
     * {@code scenario} played for {@code turns} turns (null: its own length), or null after telling
     * {@code err} in one sentence which lengths the scenario allows.
     */
    static LoadedScenario length(LoadedScenario scenario, Integer turns, PrintWriter err) {
        if (turns == null) {
            return scenario;
        }
        Optional<String> why = scenario.whyNotTurns(turns);
        if (why.isPresent()) {
            err.println(CliText.t("amur.says", why.get()));
            err.flush();
            return null;
        }
        return scenario.withTurns(turns);
    }

    /** "8 turns, 2018 to 2025.", "4 of the scenario's 8 turns, 2018 to 2021." or "8 turns, 2024 to 2031, longer than the scenario's 6." */
    static String lengthLine(LoadedScenario s) {
        int n = s.turns();
        String first = Integer.toString(s.scenario().startYear());
        String last = Integer.toString(s.scenario().yearOf(n));
        // a scenario may allow a game longer than its own length (max_turns): "8 of the scenario's 6" is nonsense
        String key = !s.lengthChanged() ? "length.full" : n > s.length().turns() ? "length.longer" : "length.changed";
        return CliText.t(key, n, first, last, s.length().turns());

    }

    /**
     * What follows {@code ./amur play} to play this scenario again at this length: {@code --scenario} with its
     * id, its file, or (when neither is this scenario any more) {@code save}, which carries it; then
     * {@code --turns} when the game is not the scenario's full length.
     */
    static String againArguments(LoadedScenario s, Path save) {
        Optional<String> arg = ScenarioLoader.forInstallation().argumentFor(s);
        String name = arg.orElse(save != null ? save.toAbsolutePath().toString() : s.id());
        return "--scenario " + quote(name) + (s.lengthChanged() ? " --turns " + s.turns() : "");
    }

    /** A word as a POSIX shell reads it back: unchanged when it is plain, else in single quotes. */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
