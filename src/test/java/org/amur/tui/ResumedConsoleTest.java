package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resumed facilitated game whose console comes back mid-turn (found in review). */
class ResumedConsoleTest {
    @TempDir
    Path dir;

    final List<Runnable> botQueue = new ArrayList<>();

    @Test
    void resumedFacilitatedGame_choiceTakenBack_consoleStopsTheThinkingBot() throws Exception {
        Harness h = new Harness(100, 30, dir.resolve("saves"), new Palette(Palette.Mode.COLOR_256), botQueue::add);
        h.menu();
        Session s = Session.start(new ScenarioLoader(Path.of("scenarios")).resolve("baseline"), 7);
        Variant v = s.engine().legalChoices(s.state(), Side.MOSCOW).get(0);
        s.apply(new Action.Commit(Side.MOSCOW, v.id(), "x"));
        SaveMeta meta = new SaveMeta("human", "random")
                .withFacilitator(new SaveMeta.Facilitator(false, SaveMeta.Adjudication.RIGID));
        Path file = h.saves.save(s, "mid-turn", meta);
        Saves.open(h.app, file, false);
        h.app.drain();
        h.keys(new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Escape));
        assertThat(h.app.baseView()).isInstanceOf(TurnView.class);
        Game g = h.app.game();
        assertThat(g.match().thinking(Side.BEIJING)).isTrue();
        h.keys(ch('u')); // Moscow takes its choice back
        assertThat(h.app.baseView()).isInstanceOf(ConsoleView.class);
        h.keys(ch('e')); // the facilitator starts a made-up event: allowed, nobody has chosen
        assertThat(h.app.top()).isInstanceOf(EffectForm.class);
        h.runBots(botQueue); // the bot that was thinking all along commits under the console
        assertThat(g.state().hasCommitted(Side.BEIJING)).as("bot committed under the open console").isFalse();
        assertThat(h.app.top()).isInstanceOf(EffectForm.class);
    }
}
