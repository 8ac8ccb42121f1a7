package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests for the random generator and for one whole game. Saves and replays depend on these
 * numbers staying the same: a failure here means a save made before the change no longer replays.
 */
class SplitMix64Test {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    // ------------------------------------------------------------------ golden sequences

    /**
     * The published SplitMix64 (Steele, Lea and Flood 2014; Vigna's {@code splitmix64.c}) started from
     * state 0. The first three values are the widely quoted reference outputs; the rest were computed
     * with this implementation and agree with the reference algorithm.
     */
    private static final long[] REFERENCE_FROM_STATE_0 = {
            0xE220A8397B1DCDAFL,
            0x6E789E6AA1B965F4L,
            0x06C45D188009454FL,
            0xF88BB8A8724C81ECL,
            0x1B39896A51A8749BL,
            0x53CB9F0C747EA2EAL,
            0x2C829ABE1F4532E1L,
            0xC584133AC916AB3CL,
    };

    /** First outputs after {@code seedState(42)}: pins both the seed scrambler and the generator. */
    private static final long[] FROM_SEED_42 = {
            0x8CA10B1DBE91EE23L,
            0xE72AAC3121269F60L,
            0xEB61EF540335612CL,
            0xFB03207F3FD6A416L,
            0x53A48B182A716A63L,
            0xE11C53C114E43F15L,
            0x4B9CFDE2BF6021A5L,
            0x30264F0B6A70ECF2L,
    };

    @Test
    void nextLong_fromState0_matchesPublishedReference() {
        SplitMix64 rng = new SplitMix64(0);
        assertThat(rng.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(rng.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(rng.nextLong()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void nextLong_fromState0_firstEightOutputsArePinned() {
        SplitMix64 rng = new SplitMix64(0);
        long[] got = new long[8];
        for (int i = 0; i < got.length; i++) {
            got[i] = rng.nextLong();
        }
        assertThat(got).containsExactly(REFERENCE_FROM_STATE_0);
    }

    @Test
    void nextLong_fromSeed42_firstEightOutputsArePinned() {
        assertThat(SplitMix64.seedState(42)).isEqualTo(0x5D4520BED6C96DB9L);
        SplitMix64 rng = new SplitMix64(SplitMix64.seedState(42));
        long[] got = new long[8];
        for (int i = 0; i < got.length; i++) {
            got[i] = rng.nextLong();
        }
        assertThat(got).containsExactly(FROM_SEED_42);
    }

    @Test
    void nextLong_advancesStateByTheGoldenGammaEachCall() {
        SplitMix64 rng = new SplitMix64(123);
        for (int i = 1; i <= 5; i++) {
            rng.nextLong();
            assertThat(rng.state()).isEqualTo(123 + i * GOLDEN_GAMMA);
        }
    }

    @Test
    void newGenerator_sameState_givesSameSequence() {
        SplitMix64 a = new SplitMix64(SplitMix64.seedState(7));
        a.nextLong();
        SplitMix64 b = new SplitMix64(a.state()); // resuming from a saved state
        for (int i = 0; i < 100; i++) {
            assertThat(b.nextInt(1000)).isEqualTo(a.nextInt(1000));
        }
    }

    @Test
    void seedState_neighbouringSeeds_startFarApart() {
        long s1 = SplitMix64.seedState(1);
        long s2 = SplitMix64.seedState(2);
        assertThat(s1).isNotEqualTo(s2);
        assertThat(Long.bitCount(s1 ^ s2)).as("differing bits").isGreaterThan(16);
    }

    // ------------------------------------------------------------------ bounded draws

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 10, 100, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE})
    void nextInt_staysWithinBound(int bound) {
        SplittableSeeds.each(seed -> {
            SplitMix64 rng = new SplitMix64(seed);
            for (int i = 0; i < 2_000; i++) {
                assertThat(rng.nextInt(bound)).isBetween(0, bound - 1);
            }
        });
    }

    @Test
    void nextInt_boundOne_isAlwaysZero() {
        SplitMix64 rng = new SplitMix64(99);
        for (int i = 0; i < 100; i++) {
            assertThat(rng.nextInt(1)).isZero();
        }
    }

    @Test
    void nextInt_isRoughlyUniform_chiSquare() {
        int bound = 10;
        int draws = 100_000;
        long[] counts = new long[bound];
        SplitMix64 rng = new SplitMix64(SplitMix64.seedState(2018));
        for (int i = 0; i < draws; i++) {
            counts[rng.nextInt(bound)]++;
        }
        // 9 degrees of freedom: the 99.99th percentile is about 33.7; 40 is generous and, with a fixed
        // seed, deterministic. A modulo-biased or broken generator lands in the thousands.
        assertThat(chiSquare(counts, draws)).isLessThan(40.0);
    }

    @Test
    void nextInt_largeNonPowerOfTwoBound_isUnbiasedBetweenHalves() {
        // With bound = 3 * 2^29, reducing 32 random bits modulo the bound would put 56 % of the draws
        // in the lower half; an unbiased method gives 50 % (+- 0.16 % at one sigma here).
        int bound = 3 << 29;
        int draws = 100_000;
        int lower = 0;
        SplitMix64 rng = new SplitMix64(SplitMix64.seedState(5));
        for (int i = 0; i < draws; i++) {
            if (rng.nextInt(bound) < bound / 2) {
                lower++;
            }
        }
        assertThat(lower / (double) draws).isBetween(0.49, 0.51);
    }

    @Test
    void d100_coversOneToHundredUniformly() {
        int draws = 100_000;
        long[] counts = new long[100];
        SplitMix64 rng = new SplitMix64(SplitMix64.seedState(1));
        for (int i = 0; i < draws; i++) {
            int d = rng.d100();
            assertThat(d).isBetween(1, 100);
            counts[d - 1]++;
        }
        assertThat(counts).doesNotContain(0L); // both 1 and 100 come up
        // 99 degrees of freedom: the 99.99th percentile is about 148.
        assertThat(chiSquare(counts, draws)).isLessThan(160.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -100, Integer.MIN_VALUE})
    void nextInt_nonPositiveBound_isRejected(int bound) {
        SplitMix64 rng = new SplitMix64(1);
        long before = rng.state();
        assertThatThrownBy(() -> rng.nextInt(bound))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bound");
        assertThat(rng.state()).as("no draw consumed").isEqualTo(before);
    }

    private static double chiSquare(long[] counts, int draws) {
        double expected = draws / (double) counts.length;
        double chi = 0;
        for (long c : counts) {
            chi += (c - expected) * (c - expected) / expected;
        }
        return chi;
    }

    /** A few fixed generator states, including the edges of the long range. */
    private static final class SplittableSeeds {
        static void each(java.util.function.LongConsumer test) {
            for (long s : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, SplitMix64.seedState(3)}) {
                test.accept(s);
            }
        }
    }

    // ------------------------------------------------------------------ golden game

    /**
     * A whole scripted game on the shipped baseline with seed 7: eight turns, both seats, through
     * exercises, arms deals (one struck, one failed negotiation), alliance preparations and a declined
     * token exercise. The exact final numbers pin the model, the scenario's calibration and the order
     * in which the generator is consumed.
     *
     * <p><b>Updating these values must be deliberate.</b> If a change to the model, the baseline
     * scenario or the generator moves them, old saves will no longer replay to the same end: say so in
     * the commit message (and bump the save or scenario format if saves must be rejected).
     */
    @Test
    void goldenGame_baselineSeed7_endsWithPinnedScores() throws Exception {
        // Rules 2, the rules these numbers were pinned under: a rules-2 game must keep replaying bit for bit.
        Engine engine = new Engine(ScenarioLoader.load(Path.of("scenarios", "baseline.json")).scenario(), Rules.V2);
        Variant[][] script = {
                {Variant.EX_PEACE_MISSION, Variant.EX_PEACE_MISSION},
                {Variant.ARMS_SU35, Variant.ARMS_SU35},
                {Variant.ALLIANCE_PREPARE, Variant.ALLIANCE_PREPARE},
                {Variant.EX_MARITIME_HOME, Variant.EX_MARITIME_BALTIC},
                {Variant.ARMS_S400, Variant.ARMS_S400_40N6},
                {Variant.ALLIANCE_CONSULT, Variant.EX_TRAINING},
                {Variant.EX_INTERNAL_SECURITY, Variant.EX_INTERNAL_SECURITY},
                {Variant.ARMS_LICENSED_ANTISHIP, Variant.REV_NAVAL_DIESELS},
        };
        GameState s = engine.newGame(7).state();
        int events = 0;
        for (Variant[] turn : script) {
            assertThat(s.isOver()).as("game over before turn %d", s.turn()).isFalse();
            s = engine.apply(s, new Action.Commit(Side.MOSCOW, turn[0])).stateOrThrow();
            Step resolved = engine.apply(s, new Action.Commit(Side.BEIJING, turn[1]));
            events += resolved.eventsOrEmpty().size();
            s = resolved.stateOrThrow();
        }

        assertThat(s.ending()).isEqualTo(EndReason.FULL_TERM);
        assertThat(s.turn()).isEqualTo(8);
        assertThat(s.get(Indicator.RU_SCORE)).isEqualTo(-10.594983600000024);
        assertThat(s.get(Indicator.CN_SCORE)).isEqualTo(23.148000000000007);
        assertThat(s.get(Indicator.TRUST)).isEqualTo(63.16);
        assertThat(s.rng()).isEqualTo(0xAD3FE7C331DD220CL);
        assertThat(s.spentCards()).containsExactly("commission-in-moscow", "engine-setback");
        assertThat(events).isEqualTo(78);
    }
}
