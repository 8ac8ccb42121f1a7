package org.amur.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.ai.Bot;
import org.amur.engine.EndReason;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * Seeded Monte Carlo playouts of a scenario between two scripted policies, for the claim tests and
 * the balance checks of the shipped scenarios. Each game {@code g} uses engine seed {@code base + g}
 * and gives each policy its own generator seeded from the game, so two runs that differ only in one
 * policy see the same dice for as long as their choices agree.
 *
 * <p>{@link #main} prints the balance table of every shipped scenario (used to calibrate them).
 */
final class Playouts {

    /** How a seat chooses: from what it may see, never from the game's generator. */
    @FunctionalInterface
    interface Policy {
        Variant choose(SeatView view, Scenario scenario, SplitMix64 dice);
    }

    /** Uniformly among the legal choices. */
    static Policy random() {
        return (view, s, dice) -> pick(view.legalChoices(), dice);
    }

    /** The first legal variant of {@code preferred}, else uniformly among the legal choices. */
    static Policy prefer(Variant... preferred) {
        return (view, s, dice) -> {
            for (Variant v : preferred) {
                if (view.legalChoices().contains(v)) {
                    return v;
                }
            }
            return pick(view.legalChoices(), dice);
        };
    }

    /** Uniformly among the legal variants of one line of effort (any variant if the line has none). */
    static Policy line(Line line) {
        return (view, s, dice) -> {
            List<Variant> of = view.legalChoices().stream().filter(v -> v.line() == line).toList();
            return pick(of.isEmpty() ? view.legalChoices() : of, dice);
        };
    }

    /** Uniformly among the legal variants that pass {@code test} (any variant if none does). */
    static Policy matching(java.util.function.Predicate<Variant> test) {
        return (view, s, dice) -> {
            List<Variant> of = view.legalChoices().stream().filter(test).toList();
            return pick(of.isEmpty() ? view.legalChoices() : of, dice);
        };
    }

    /**
     * Signs the treaty when US-China war risk has reached the scenario's real-threat level and signing
     * is legal; otherwise follows {@code otherwise}. Both seats see the war risk.
     */
    static Policy signAtRealThreat(Policy otherwise) {
        return (view, s, dice) -> {
            if (view.get(Indicator.US_CHINA_WAR_RISK) >= s.thresholds().realThreat()
                    && view.legalChoices().contains(Variant.ALLIANCE_SIGN)) {
                return Variant.ALLIANCE_SIGN;
            }
            return otherwise.choose(view, s, dice);
        };
    }

    private static Variant pick(List<Variant> from, SplitMix64 dice) {
        return from.get(dice.nextInt(from.size()));
    }

    /** What a batch of games came to. */
    static final class Result {
        int games;
        final Map<EndReason, Integer> endings = new EnumMap<>(EndReason.class);
        double moscowScore;
        double beijingScore;
        /** Games that ended with a treaty in force (alliance level 3 or more). */
        int signed;
        final double[] finalValues = new double[Indicator.values().length];

        int count(EndReason r) {
            return endings.getOrDefault(r, 0);
        }

        double rate(EndReason r) {
            return count(r) / (double) games;
        }

        double meanMoscow() {
            return moscowScore / games;
        }

        double meanBeijing() {
            return beijingScore / games;
        }

        double meanFinal(Indicator i) {
            return finalValues[i.ordinal()] / games;
        }
    }

    static Result play(Scenario scenario, Policy moscow, Policy beijing, int games, long base) {
        Engine engine = new Engine(scenario);
        Result r = new Result();
        for (int g = 0; g < games; g++) {
            long seed = base + g;
            SplitMix64 ruDice = new SplitMix64(SplitMix64.seedState(seed * 31 + 1));
            SplitMix64 cnDice = new SplitMix64(SplitMix64.seedState(seed * 31 + 2));
            GameState s = Match.of(Session.start(engine, seed), bot(moscow, scenario, ruDice),
                    bot(beijing, scenario, cnDice)).playOut();
            r.games++;
            r.endings.merge(s.ending(), 1, Integer::sum);
            r.moscowScore += s.score(Side.MOSCOW);
            r.beijingScore += s.score(Side.BEIJING);
            if (s.allianceLevel() >= 3) {
                r.signed++;
            }
            for (Indicator i : Indicator.values()) {
                r.finalValues[i.ordinal()] += s.get(i);
            }
        }
        return r;
    }

    /** A policy as a bot for the match loop (it keeps no memory, so it observes nothing). */
    private static Bot bot(Policy policy, Scenario scenario, SplitMix64 dice) {
        return new Bot() {
            @Override
            public String name() {
                return "policy";
            }

            @Override
            public Decision decide(SeatView view) {
                return new Decision(policy.choose(view, scenario, dice), "");
            }
        };
    }

    /** Two-sided z statistic of the difference of two proportions (pooled). */
    static double twoProportionZ(int hitsA, int nA, int hitsB, int nB) {
        double pa = hitsA / (double) nA;
        double pb = hitsB / (double) nB;
        double p = (hitsA + hitsB) / (double) (nA + nB);
        double se = Math.sqrt(p * (1 - p) * (1.0 / nA + 1.0 / nB));
        return se == 0 ? 0 : (pa - pb) / se;
    }

    // ------------------------------------------------------------------ the calibration table

    /** Named policies for the balance table: random, each line, and a few scripted ones. */
    static List<Map.Entry<String, Policy>> tablePolicies() {
        List<Map.Entry<String, Policy>> out = new ArrayList<>();
        out.add(Map.entry("random", random()));
        out.add(Map.entry("alliance", line(Line.ALLIANCE)));
        out.add(Map.entry("exercises", line(Line.EXERCISES)));
        out.add(Map.entry("arms", line(Line.ARMS)));
        out.add(Map.entry("forward", matching(Variant::isForwardArms)));
        out.add(Map.entry("reverse", matching(Variant::isReverseArms)));
        return out;
    }

    public static void main(String[] args) throws Exception {
        int games = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<Path> files = args.length > 0 && !args[0].equals("all") ? List.of(Path.of(args[0]))
                : new ScenarioLoader(Path.of("scenarios")).files();
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f).scenario();
            System.out.printf(Locale.ROOT, "%n== %s (%d turns)%n", s.id(), s.turns());
            System.out.printf(Locale.ROOT, "%-22s %8s %8s %7s %7s %7s %7s%n", "moscow / beijing", "ru", "cn",
                    "full", "warUC", "warRN", "rupt");
            for (var m : tablePolicies()) {
                for (var b : tablePolicies()) {
                    if (!m.getKey().equals(b.getKey()) && !m.getKey().equals("random") && !b.getKey().equals("random")) {
                        continue;
                    }
                    Result r = play(s, m.getValue(), b.getValue(), games, 1);
                    System.out.printf(Locale.ROOT, "%-22s %8.1f %8.1f %6.1f%% %6.1f%% %6.1f%% %6.1f%%%n",
                            m.getKey() + " / " + b.getKey(), r.meanMoscow(), r.meanBeijing(),
                            100 * r.rate(EndReason.FULL_TERM), 100 * r.rate(EndReason.WAR_US_CHINA),
                            100 * r.rate(EndReason.WAR_RUSSIA_NATO), 100 * r.rate(EndReason.RUPTURE));
                }
            }
            Result sign = play(s, signAtRealThreat(prefer(Variant.ALLIANCE_PREPARE)),
                    signAtRealThreat(prefer(Variant.ALLIANCE_PREPARE)), games, 1);
            Result never = play(s, prefer(Variant.ALLIANCE_PREPARE), prefer(Variant.ALLIANCE_PREPARE), games, 1);
            System.out.printf(Locale.ROOT, "sign-at-threat: warUC %.1f%% ru %.1f cn %.1f | never-sign: warUC %.1f%% ru %.1f"
                            + " cn %.1f | z=%.2f%n",
                    100 * sign.rate(EndReason.WAR_US_CHINA), sign.meanMoscow(), sign.meanBeijing(),
                    100 * never.rate(EndReason.WAR_US_CHINA), never.meanMoscow(), never.meanBeijing(),
                    twoProportionZ(never.count(EndReason.WAR_US_CHINA), never.games,
                            sign.count(EndReason.WAR_US_CHINA), sign.games));
        }
    }
}
