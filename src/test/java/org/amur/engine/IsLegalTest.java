package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amur.ai.RandomBot;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** {@link Engine#isLegal} (the simulator's fast check) must agree with {@link Engine#whyIllegal} everywhere. */
class IsLegalTest {

    @Test
    void isLegal_agreesWithWhyIllegal_overRandomGamesAndEveryVariant() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        // a high-threat variant of the baseline, so that invoking a treaty becomes legal in some games
        Scenario tense = new Scenario(s.id(), s.title(), s.startYear(), s.turns(), s.yearsPerTurn(),
                s.start().with(Indicator.US_CHINA_WAR_RISK, 50).with(Indicator.RUSSIA_NATO_TENSION, 69),
                java.util.List.of(Variant.ALLIANCE_SIGN, Variant.ALLIANCE_INVOKE, Variant.ALLIANCE_CONSULT,
                        Variant.EX_TRAINING), s.moscowObjectives(), s.beijingObjectives(), s.deck(),
                s.maxCardsPerTurn(), s.thresholds(), s.weights(), s.outcomeScores());
        int legalInvokes = 0;
        int checked = 0;
        for (Scenario sc : new Scenario[] {s, tense}) {
            Engine e = new Engine(sc);
            for (long seed = 1; seed <= 150; seed++) {
                RandomBot m = new RandomBot(seed);
                RandomBot b = new RandomBot(seed + 1000);
                GameState st = e.newGame(seed).state();
                while (true) {
                    for (Side side : Side.values()) {
                        for (Variant v : Variant.values()) {
                            boolean fast = e.isLegal(st, side, v);
                            assertThat(fast).as("%s %s turn %d", side, v, st.turn())
                                    .isEqualTo(e.whyIllegal(st, side, v).isEmpty());
                            checked++;
                            if (fast && v == Variant.ALLIANCE_INVOKE) {
                                legalInvokes++;
                            }
                        }
                    }
                    if (st.isOver()) {
                        break;
                    }
                    st = e.apply(st, new Action.Commit(Side.MOSCOW, m.decide(e.view(st, Side.MOSCOW)).variant()))
                            .stateOrThrow();
                    st = e.apply(st, new Action.Commit(Side.BEIJING, b.decide(e.view(st, Side.BEIJING)).variant()))
                            .stateOrThrow();
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(legalInvokes).as("the check saw invoking a treaty legal").isPositive();
    }

    /**
     * {@link Engine#legalChoices} hands out shared lists, one per legal set it has met: each must be exactly the
     * scenario's variants that {@link Engine#whyIllegal} allows, in scenario order, whichever state met it first.
     */
    @Test
    void legalChoices_areTheVariantsWhyIllegalAllows_inScenarioOrder() throws Exception {
        Scenario base = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        // the baseline, and a tense variant of it where signing and invoking a treaty become legal in some games
        Scenario tense = new Scenario(base.id(), base.title(), base.startYear(), base.turns(), base.yearsPerTurn(),
                base.start().with(Indicator.US_CHINA_WAR_RISK, 50).with(Indicator.RUSSIA_NATO_TENSION, 69),
                java.util.List.of(Variant.ALLIANCE_SIGN, Variant.ALLIANCE_INVOKE, Variant.ALLIANCE_CONSULT,
                        Variant.ALLIANCE_PREPARE, Variant.EX_TRAINING, Variant.ARMS_SU35), base.moscowObjectives(),
                base.beijingObjectives(), base.deck(), base.maxCardsPerTurn(), base.thresholds(), base.weights(),
                base.outcomeScores());
        java.util.Set<java.util.List<Variant>> sets = new java.util.HashSet<>();
        int checked = 0;
        for (Scenario s : new Scenario[] {base, tense}) {
            for (Rules rules : new Rules[] {Rules.of(2).orElseThrow(), Rules.CURRENT}) {
                Engine e = new Engine(s, rules);
                for (long seed = 1; seed <= 200; seed++) {
                    RandomBot m = new RandomBot(seed);
                    RandomBot b = new RandomBot(seed + 1000);
                    GameState st = e.newGame(seed).state();
                    while (!st.isOver()) {
                        for (Side side : Side.values()) {
                            java.util.List<Variant> expected = new java.util.ArrayList<>();
                            for (Variant v : s.variants()) {
                                if (e.whyIllegal(st, side, v).isEmpty()) {
                                    expected.add(v);
                                }
                            }
                            java.util.List<Variant> got = e.legalChoices(st, side);
                            assertThat(got).as("%s turn %d seed %d rules %s", side, st.turn(), seed, rules)
                                    .containsExactlyElementsOf(expected);
                            assertThat(e.legalChoices(st, side)).as("asked again: the same shared list").isSameAs(got);
                            sets.add(got);
                            checked++;
                        }
                        st = e.apply(st, new Action.Commit(Side.MOSCOW, m.decide(e.view(st, Side.MOSCOW)).variant()))
                                .stateOrThrow();
                        if (!st.isOver()) {
                            assertThat(e.legalChoices(st, Side.MOSCOW)).as("a side that has committed").isEmpty();
                        }
                        st = e.apply(st, new Action.Commit(Side.BEIJING, b.decide(e.view(st, Side.BEIJING)).variant()))
                                .stateOrThrow();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(2_000);
        assertThat(sets).as("several legal sets met (the alliance ladder, a treaty's invocation, the contract caps)")
                .hasSizeGreaterThan(3);
    }
}
