package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The ruling being made on the ruling screen, against the engine itself over many games. */
class RulingTest {
    private static final List<Variant> PAIRS = List.of(Variant.ARMS_S400, Variant.EX_PEACE_MISSION,
            Variant.ALLIANCE_CONSULT);

    @Test
    void flip_overturnsExactlyThatRoll_previewIsWhatTheEngineApplies_andFlippingBackUndoesIt() throws Exception {
        Engine engine = new Engine(ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario());
        int flipped = 0;
        for (long seed = 0; seed < 60; seed++) {
            Variant v = PAIRS.get((int) (seed % PAIRS.size()));
            GameState start = engine.newGame(seed).stateOrThrow();
            GameState m = engine.apply(start, new Action.Commit(Side.MOSCOW, v)).stateOrThrow();
            Action.Commit held = new Action.Commit(Side.BEIJING, v.id(), "b");
            int rolls = new Ruling(held, a -> engine.apply(m, a)).rolls().size();
            for (int i = 0; i < rolls; i++) {
                Ruling r = new Ruling(held, a -> engine.apply(m, a));
                Event.Roll roll = r.rolls().get(i).roll();
                assertThat(r.flip(i)).as("seed %d roll %d", seed, i).isNull();
                flipped++;
                Ruling.RollRow row = r.rolls().get(i);
                assertThat(row.roll()).isEqualTo(roll);
                assertThat(row.override()).isNotNull();
                assertThat(row.result()).isEqualTo(!roll.success());
                Action ruling = r.action("because");
                assertThat(ruling).isInstanceOf(Action.Adjudicated.class);
                Step applied = engine.apply(m, ruling);
                assertThat(applied.stateOrThrow()).isEqualTo(r.preview().stateOrThrow());
                assertThat(applied.eventsOrEmpty().stream().filter(e -> e instanceof Event.Overridden).count())
                        .isEqualTo(((Action.Adjudicated) ruling).overrides().size());
                assertThat(r.flip(i)).isNull();
                assertThat(r.changed()).isFalse();
                assertThat(r.action("because")).isEqualTo(held);
                assertThat(r.preview().stateOrThrow()).isEqualTo(engine.apply(m, held).stateOrThrow());
            }
        }
        assertThat(flipped).as("the games rolled dice to overturn").isGreaterThan(60);
    }

    @Test
    void adjustment_ofAComputedValue_isRefusedWithTheEnginesSentence_andNothingIsAdded() throws Exception {
        Engine engine = new Engine(ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario());
        GameState m = engine.apply(engine.newGame(4).stateOrThrow(), new Action.Commit(Side.MOSCOW,
                Variant.ALLIANCE_CONSULT)).stateOrThrow();
        Ruling r = new Ruling(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_CONSULT), a -> engine.apply(m, a));
        assertThat(r.addAdjustment(new Scenario.CardEffect(Indicator.RU_SCORE, 5)))
                .isEqualTo("Not possible: ru.score cannot be adjusted directly.");
        assertThat(r.addAdjustment(new Scenario.CardEffect(Indicator.ALLIANCE_LEVEL, 1)))
                .contains("alliance_level cannot be adjusted directly");
        assertThat(r.changed()).isFalse();
        assertThat(r.addAdjustment(new Scenario.CardEffect(Indicator.TRUST, -10))).isNull();
        GameState plain = engine.apply(m, new Action.Commit(Side.BEIJING, Variant.ALLIANCE_CONSULT)).stateOrThrow();
        assertThat(r.preview().stateOrThrow().get(Indicator.TRUST)).isLessThan(plain.get(Indicator.TRUST) - 9);
        r.removeAdjustment(0);
        assertThat(r.changed()).isFalse();
    }

    @Test
    void aDeliveryRoll_isNamedByItsContractAndTranche_asInTheReveal() throws Exception {
        Engine engine = new Engine(ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario());
        int named = 0;
        for (long seed = 0; seed < 20; seed++) {
            // turn 1: both agree on S-400s (a contract is signed; baseline already holds one
            // signed before the game); turn 2: a tranche is due
            GameState s = engine.newGame(seed).stateOrThrow();
            s = engine.apply(s, new Action.Commit(Side.MOSCOW, Variant.ARMS_S400)).stateOrThrow();
            s = engine.apply(s, new Action.Commit(Side.BEIJING, Variant.ARMS_S400)).stateOrThrow();
            if (s.isOver()) {
                continue;
            }
            GameState m = engine.apply(s, new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION)).stateOrThrow();
            Ruling r = new Ruling(new Action.Commit(Side.BEIJING, Variant.EX_PEACE_MISSION.id(), "b"),
                    a -> engine.apply(m, a));
            for (Ruling.RollRow row : r.rolls()) {
                if (row.roll().kind() == org.amur.engine.RollKind.DELIVERY && row.roll().subject() == Variant.ARMS_S400) {
                    assertThat(row.name()).as("seed %d", seed).containsPattern("contract \\d+, tranche \\d+ of \\d+");
                    named++;
                }
            }
        }
        assertThat(named).as("delivery rolls of a signed contract seen").isGreaterThan(10);
    }
}
