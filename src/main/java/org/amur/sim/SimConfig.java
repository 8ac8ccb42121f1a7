package org.amur.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.amur.engine.Asymmetry;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;

/**
 * What a batch plays: a scenario, how many games, the master seed, one policy per seat, the number
 * of threads (which never changes the result), and the analyst's extra weight per asymmetry (empty =
 * the scenario as written), and the rules version (new games: the current one).
 */
public record SimConfig(Scenario scenario, long games, long seed, PolicySpec moscow, PolicySpec beijing,
                        int threads, Map<Asymmetry, Double> scale, Rules rules) {

    /** Most games one batch may play (the exact sums stay well inside 64 bits below this). */
    public static final long MAX_GAMES = 1_000_000_000L;

    public SimConfig {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(moscow, "moscow");
        Objects.requireNonNull(beijing, "beijing");
        Objects.requireNonNull(rules, "rules");
        if (games < 1 || games > MAX_GAMES) {
            throw new IllegalArgumentException("the number of games must be between 1 and " + MAX_GAMES);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("the number of threads must be at least 1");
        }
        EnumMap<Asymmetry, Double> s = new EnumMap<>(Asymmetry.class);
        s.putAll(scale);
        scale = java.util.Collections.unmodifiableMap(s);
    }

    public SimConfig(Scenario scenario, long games, long seed, PolicySpec moscow, PolicySpec beijing, int threads) {
        this(scenario, games, seed, moscow, beijing, threads, Map.of());
    }

    /** A batch under the current rules. */
    public SimConfig(Scenario scenario, long games, long seed, PolicySpec moscow, PolicySpec beijing, int threads,
                     Map<Asymmetry, Double> scale) {
        this(scenario, games, seed, moscow, beijing, threads, scale, Rules.CURRENT);
    }

    /** The same batch under another rules version. */
    public SimConfig withRules(Rules r) {
        return new SimConfig(scenario, games, seed, moscow, beijing, threads, scale, r);
    }

    public SimConfig withThreads(int t) {
        return new SimConfig(scenario, games, seed, moscow, beijing, t, scale, rules);
    }

    public SimConfig withScale(Map<Asymmetry, Double> s) {
        return new SimConfig(scenario, games, seed, moscow, beijing, threads, s, rules);
    }

    public SimConfig withGames(long n) {
        return new SimConfig(scenario, n, seed, moscow, beijing, threads, scale, rules);
    }
}
