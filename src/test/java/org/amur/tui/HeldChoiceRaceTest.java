package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.save.SaveMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot's choice held for the ruling while the facilitator's "open the console?" question is up (found in review). */
class HeldChoiceRaceTest {
    @TempDir
    Path dir;

    final List<Runnable> botQueue = new ArrayList<>();

    @Test
    void consoleAskedForWhileABotChoiceArrives_theRulingTakesOver_andTheBotIsNotAskedAgain() {
        Harness h = new Harness(100, 30, dir.resolve("saves"), new Palette(Palette.Mode.COLOR_256), botQueue::add);
        h.start(App.Start.game("baseline", 7L, "human", "random")
                .facilitated(new SaveMeta.Facilitator(false, SaveMeta.Adjudication.SEMI_RIGID)));
        h.runBots(botQueue);
        h.enter(); // intro -> turn 1: console
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        h.enter(); // hand to the teams: the Beijing bot starts thinking (queued, not yet run)
        assertThat(h.app.baseView()).isInstanceOf(TurnView.class);
        // Moscow commits (first arms variant, a reason)
        h.keys(ch('1'), k(KeyType.Home)).enter().type("x").enter();
        Game g = h.app.game();
        assertThat(g.state().hasCommitted(org.amur.engine.Side.MOSCOW)).isTrue();
        // the facilitator asks for the console ...
        h.keys(ch('f'));
        assertThat(h.app.top()).isInstanceOf(ConfirmView.class);
        // ... and meanwhile the bot's choice arrives and is held for the ruling
        h.runBots(botQueue);
        assertThat(g.whiteCell().held()).isNotNull();
        assertThat(h.app.baseView()).isInstanceOf(RulingPassView.class);
        var held = g.whiteCell().held();
        // the facilitator confirms: the turn is the ruling's now, so the ruling's hand-over screen shows
        h.keys(ch('y'));
        assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
        assertThat(botQueue).as("the bot is not asked again about a choice it has made").isEmpty();
        assertThat(g.whiteCell().held()).isSameAs(held);
        h.enter();
        assertThat(h.app.top()).isInstanceOf(RulingView.class);
        h.keys(ch(' '));
        assertThat(((RulingView) h.app.top()).ruling().changed()).isTrue();
        h.runBots(botQueue);
        assertThat(h.app.top()).as("the ruling in progress stays").isInstanceOf(RulingView.class);
        assertThat(g.whiteCell().held()).isSameAs(held);
    }
}
