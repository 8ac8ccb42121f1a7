package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Text;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

/** The summary that opens a reveal: both choices, at most four rolls, the three biggest net changes. */
class TurnSummaryTest {
    @Test
    void summary_namesBothChoices_andTheBiggestNetChangesWithTheirAsymmetry() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Session s = Games.botGame(Games.baseline(), seed);
            for (int t = 1; t <= s.resolvedTurns(); t++) {
                List<Event> events = s.eventsOfTurn(t);
                TurnSummary sum = TurnSummary.of(events);
                Event.ChoicesRevealed c = events.stream().filter(e -> e instanceof Event.ChoicesRevealed)
                        .map(e -> (Event.ChoicesRevealed) e).findFirst().orElseThrow();
                assertThat(sum.choices()).contains(Text.title(c.moscow()), Text.title(c.beijing()));
                assertThat(sum.happened()).hasSizeLessThanOrEqualTo(4);
                assertThat(sum.changes()).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
                long rolls = events.stream().filter(e -> e instanceof Event.Roll).count();
                assertThat(sum.happened()).hasSize((int) Math.min(4, rolls));
            }
        }
    }

    @Test
    void summary_namesTheContractADeliveryBelongsTo_rules3() throws Exception {
        org.amur.engine.Engine engine = new org.amur.engine.Engine(Games.baseline().scenario(),
                org.amur.engine.Rules.V3);
        org.amur.engine.GameState s = engine.newGame(3).state();
        List<String> lines = new java.util.ArrayList<>();
        for (int turn = 1; turn <= 4 && !s.isOver(); turn++) {
            org.amur.engine.Variant v = turn == 1 ? org.amur.engine.Variant.ARMS_SU35
                    : org.amur.engine.Variant.EX_PEACE_MISSION;
            s = engine.apply(s, new org.amur.engine.Action.Commit(org.amur.engine.Side.MOSCOW, v)).stateOrThrow();
            org.amur.engine.Step step = engine.apply(s,
                    new org.amur.engine.Action.Commit(org.amur.engine.Side.BEIJING, v));
            lines.addAll(TurnSummary.of(step.eventsOrEmpty()).happened());
            s = step.stateOrThrow();
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Delivery (Su-35 fighters contract 1, tranche 1 of 3)"));
        assertThat(lines).noneMatch(l -> l.startsWith("Delivery (Su-35 fighters)"));
        // the backlog a scenario starts with is named too (issue 16: "Delivery: yes (odds 87 %)")
        assertThat(lines).noneMatch(l -> l.startsWith("Delivery:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Delivery (the overdue backlog)"));
    }

    @Test
    void summaryForASide_neverMentionsTheOtherSidesSecret() throws Exception {
        String secret = Text.label(Indicator.CN_COPY_PROGRESS);
        int secretInFullSummary = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Session s = Games.botGame(Games.baseline(), seed);
            for (int t = 1; t <= s.resolvedTurns(); t++) {
                if (String.join(" ", TurnSummary.of(s.eventsOfTurn(t)).changes()).contains(secret)) {
                    secretInFullSummary++;
                }
                TurnSummary sum = TurnSummary.of(Audience.MOSCOW.redact(s.eventsOfTurn(t)));
                assertThat(String.join(" ", sum.changes())).doesNotContain(secret);
            }
        }
        assertThat(secretInFullSummary).as("the secret is among the biggest changes in some turns").isPositive();
    }
}
