package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.firstTurn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The modifiers of rules 4's {@code // play (claims)} block, each against rules 3 on the same small scenario
 * and seeds.
 */
class Rules4PlayTest {
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    private static Engine engine(TestScenario s, Rules r) {
        return new Engine(s.build(), r);
    }

    /** The 2018 partnership's domains (overall interoperability 28.75) at a given trust. */
    private static TestScenario partnership2018(double trust) {
        return TestScenario.create().with(INTEROP_GROUND_AIR, 45).with(INTEROP_NAVAL, 30).with(INTEROP_AEROSPACE, 25)
                .with(INTEROP_INTERNAL_SECURITY, 15).with(TRUST, trust);
    }

    @Test
    void rules4ReplacesTheNationalistCeiling_rules3KeepsIt() {
        assertThat(Rules.V4.inForce(Mod.A11_CEILING_NOW)).isTrue();
        assertThat(Rules.V4.inForce(Mod.A11_CEILING_FOLLOWS_TRUST)).isTrue();
        assertThat(Rules.V4.inForce(Mod.A11_NATIONALIST_CEILING)).isFalse();
        assertThat(Rules.V3.inForce(Mod.A11_NATIONALIST_CEILING)).isTrue();
        assertThat(Rules.V3.inForce(Mod.A11_CEILING_NOW)).isFalse();
        assertThat(Mod.A11_CEILING_NOW.base()).isEqualTo(45);
        assertThat(Mod.A11_CEILING_FOLLOWS_TRUST.base()).isEqualTo(1.0);
    }

    @Test
    void theCeilingSitsCloseAboveThe2018Partnership_soDrillsGainLessThanUnderRules3() {
        TestScenario s = partnership2018(60);
        TestScenario.Played v4 = firstTurn(engine(s, Rules.V4), 1, PM, PM);
        TestScenario.Played v3 = firstTurn(engine(s, Rules.V3), 1, PM, PM);
        double gain4 = v4.get(INTEROP_GROUND_AIR) - 45;
        double gain3 = v3.get(INTEROP_GROUND_AIR) - 45;
        assertThat(gain4).isPositive();
        // headroom 1 - 28.75 / 45 against 1 - 28.75 / 55 under rules 3
        assertThat(gain4 / gain3).isCloseTo((1 - 28.75 / 45) / (1 - 28.75 / 55), within(0.02));
        assertThat(v4.effects().flatMap(e -> e.factors().stream())).anySatisfy(a -> {
            assertThat(a.mod()).isEqualTo(Mod.A11_CEILING_NOW);
            assertThat(a.size()).isEqualTo(45);
        });
        assertThat(v4.effects().flatMap(e -> e.factors().stream()))
                .noneMatch(a -> a.mod() == Mod.A11_NATIONALIST_CEILING);
    }

    @Test
    void lostTrustClosesTheDoor_wonTrustOpensIt() {
        // trust 40: the ceiling is 45 - 20 = 25, below the overall 28.75: Peace Mission adds to no domain
        TestScenario.Played distrust = firstTurn(engine(partnership2018(40), Rules.V4), 1, PM, PM);
        for (Indicator d : new Indicator[] {INTEROP_GROUND_AIR, INTEROP_NAVAL, INTEROP_AEROSPACE,
                INTEROP_INTERNAL_SECURITY}) {
            assertThat(distrust.get(d)).as(d.id()).isEqualTo(partnership2018(40).build().start().get(d));
        }
        assertThat(distrust.effects().flatMap(e -> e.factors().stream()))
                .anySatisfy(a -> assertThat(a.mod()).isEqualTo(Mod.A11_CEILING_NOW));
        // under rules 3 the same distrust leaves the ceiling at 55 - 20 / 3, far above: the drill still builds
        assertThat(firstTurn(engine(partnership2018(40), Rules.V3), 1, PM, PM).get(INTEROP_GROUND_AIR)).isGreaterThan(45);
        // trust 80: the ceiling is 65, and the same drill gains more than at trust 60
        double atSixty = firstTurn(engine(partnership2018(60), Rules.V4), 1, PM, PM).get(INTEROP_GROUND_AIR);
        double atEighty = firstTurn(engine(partnership2018(80), Rules.V4), 1, PM, PM).get(INTEROP_GROUND_AIR);
        assertThat(atEighty).isGreaterThan(atSixty);
    }
}
