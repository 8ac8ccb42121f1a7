package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amur.engine.TextBundle;
import org.amur.save.SaveMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's proof that a translator can work on the bundles alone: every screen at 80x24 in the
 * pseudo-locale (every text in {@code ⟦ ⟧} and 40 % longer), read by {@link PseudoScreen}, shows no
 * English that skipped a bundle and no text cut without an ellipsis. The keys are pressed as the
 * bundle gives them, so the screens are reached the way a player of a translation reaches them.
 */
@Timeout(120)
class PseudoLocaleScreensTest {
    @TempDir
    Path saves;

    private final List<String> problems = new ArrayList<>();
    private int screens;

    @BeforeEach
    void pseudo() {
        TextBundle.use(TextBundle.PSEUDO);
    }

    @AfterEach
    void english() {
        TextBundle.use(Locale.ENGLISH);
    }

    /** Data, not words: the scenario id and folder, the saves folder and what the test types. */
    private Set<String> names() {
        return Set.of("baseline", "scenarios", "class", "one", "sell", "need", saves.toString());
    }

    private void look(String what, Harness h) {
        String s = h.text();
        screens++;
        for (String p : PseudoScreen.problems(s, names())) {
            problems.add(what + " (" + h.app.top().getClass().getSimpleName() + "), " + p + "\n" + s);
        }
    }

    private Harness sync() {
        return Harness.sync(80, 24, saves);
    }

    @Test
    void menu_keysWorkByTheBundlesLetters_thoughTheLabelsAreMarked() {
        Harness h = sync().menu();
        assertThat(h.text()).contains(TextBundle.PSEUDO_OPEN + "n").doesNotContain("New game" + TextBundle.PSEUDO_CLOSE);
        h.keys(ch('n'));
        assertThat(h.app.top()).isInstanceOf(NewGameView.class);
        h.keys(k(KeyType.Escape), ch('h'));
        assertThat(h.app.top()).isInstanceOf(HelpView.class);
        h.keys(k(KeyType.Escape), ch('s'));
        assertThat(h.app.top()).isInstanceOf(ScenariosView.class);
    }

    @Test
    void everyLocalScreen_at80x24_hasNoEnglishOutsideABundle_andNothingCutSilently() {
        Harness h = sync().menu();
        look("menu", h);
        look("new game", h.keys(ch('n')));
        look("help", sync().menu().keys(ch('?')));
        h = sync().menu().keys(ch('s'));
        look("scenario list", h);
        look("new game from a scenario", h.enter());
        look("introduction", sync().game(99, "human", "random"));

        h = sync().game(99, "human", "human").enter();
        look("turn", h);
        look("preview", h.keys(ch('3'), k(KeyType.ArrowDown), k(KeyType.ArrowDown)));
        look("details", h.keys(ch('d')));
        look("briefing", sync().game(99, "human", "human").enter().keys(ch('b')));

        h = sync().game(99, "human", "human").enter();
        h.keys(ch('3')).enter().type("sell").enter();
        look("hand-over", h);
        h.enter().keys(ch('3')).enter().type("need").enter();
        look("reveal", h);
        for (int i = 0; i < 3; i++) {
            look("reveal, further down", h.keys(k(KeyType.PageDown)));
        }
        look("log", h.keys(ch('l')));

        h = sync().game(7, "random", "random").enter();
        for (int i = 0; i < 12 && !(h.app.top() instanceof EndView); i++) {
            h.enter();
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        look("end", h);
        for (int i = 0; i < 4; i++) {
            look("end, charts", h.keys(k(KeyType.PageDown)));
        }
        look("replay viewer", h.keys(ch('v')));
        look("replay viewer, a turn on", h.keys(k(KeyType.ArrowRight)));

        h = sync().game(5, "human", "random").enter().keys(ch('s'));
        look("save as", h);
        look("saved", h.type("class one").enter());
        h.enter().keys(ch('q'));
        look("menu with saves", h);
        look("load list", h.keys(ch('o')));

        assertThat(screens).isGreaterThan(25);
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    @Test
    void facilitatorScreens_at80x24_hasNoEnglishOutsideABundle_andNothingCutSilently() {
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", 9L, "human", "human")
                        .facilitated(new SaveMeta.Facilitator(false, SaveMeta.Adjudication.SEMI_RIGID)))
                .enter();
        look("facilitator console", h);
        h.enter();
        look("teams' turn", h);
        h.keys(ch('3'), k(KeyType.Home)).enter().enter();
        h.enter();
        h.keys(ch('3'), k(KeyType.Home)).enter().enter();
        look("hand-over to the facilitator", h);
        h.enter();
        assertThat(h.app.top()).isInstanceOf(RulingView.class);
        look("ruling", h);
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }
}
