package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.amur.engine.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the screens follow one another in solo, hot-seat and bot games. */
@Timeout(60)
class FlowTest {
    @TempDir
    Path saves;

    @Test
    void botsAutoPlay_advancesOnTheTimerWithoutKeys_andPausesOnRequest() {
        Harness h = Harness.sync(80, 24, saves).game(7, "random", "random").enter();
        assertThat(h.text()).contains("Turn 1 (2018): the choices revealed");
        h.keys(ch('a'));
        assertThat(h.text()).contains("a pause");
        h.fireTimers();
        assertThat(h.text()).contains("Turn 2 (2019): the choices revealed");
        h.fireTimers();
        assertThat(h.text()).contains("Turn 3 (2020): the choices revealed");
        h.keys(ch('a')); // pause
        h.fireTimers();
        assertThat(h.text()).contains("Turn 3 (2020)");
        h.keys(ch('a'));
        for (int i = 0; i < 10 && !(h.app.top() instanceof EndView); i++) {
            h.fireTimers();
            if (h.app.game().state().isOver() && h.app.top() instanceof RevealView) {
                h.enter();
            }
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
    }

    @Test
    void botsAutoPlay_waitsWhileThePlayerReadsTheLog() {
        Harness h = Harness.sync(80, 24, saves).game(7, "random", "random").enter().keys(ch('a'), ch('l'));
        h.fireTimers();
        assertThat(h.text()).contains("Log:");
        assertThat(h.app.game().state().turn()).isEqualTo(2);
        h.keys(k(KeyType.Escape)).fireTimers();
        assertThat(h.text()).contains("Turn 2 (2019): the choices revealed");
    }

    @Test
    void soloAsBeijing_seesItsOwnSecretAndTheBotsReasonAfterTheReveal() {
        Harness h = Harness.sync(80, 24, saves).game(12, "random", "human").enter();
        String s = h.text();
        assertThat(s).contains("Beijing (you) to choose").containsPattern("Copy prog\\. +36\\.4 ").doesNotContain("Copy prog.  secret");
        h.keys(ch('1')).enter().enter();
        assertThat(h.text()).contains("Moscow (bot: random)").contains("Why: Moscow (Random)");
        assertThat(h.app.game().seating().audience()).isEqualTo(org.amur.engine.Audience.BEIJING);
    }

    @Test
    void solo_takingBackWhileTheBotThinks_isLoggedAndLetsThePlayerChooseAgain() {
        // a worker that never runs: the bot is still thinking when the player commits
        java.util.List<Runnable> parked = new java.util.ArrayList<>();
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), parked::add).game(3, "human",
                "random").enter();
        h.keys(ch('2')).enter().enter();
        assertThat(h.text()).contains("Moscow (you) has chosen").contains("u take back");
        h.keys(ch('u'));
        assertThat(h.text()).contains("Moscow (you) to choose");
        h.keys(ch('l'));
        assertThat(h.text()).contains("Moscow took its choice back.");
        h.keys(k(KeyType.Escape), ch('1')).enter().enter();
        parked.forEach(Runnable::run);
        h.app.drain();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(h.text()).contains("proposes Strategic consultations");
    }

    @Test
    void typingAReason_questionMarkAndQAreLettersNotCommands() {
        Harness h = Harness.sync(80, 24, saves).game(3, "human", "human").enter();
        h.keys(ch('1')).enter().type("why? quit? lol");
        assertThat(h.text()).contains("Why we chose it (optional): why? quit? lol");
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        h.keys(k(KeyType.F1));
        assertThat(h.app.top()).isInstanceOf(TurnView.class); // F1 while typing does not steal the text box
        h.keys(k(KeyType.Backspace), k(KeyType.Backspace), k(KeyType.Backspace), k(KeyType.Backspace));
        h.enter();
        assertThat(h.text()).contains("Pass the keyboard to Beijing");
        assertThat(h.app.game().state().commitment(Side.MOSCOW).rationale()).isEqualTo("why? quit?");
    }

    @Test
    void illegalVariant_saysWhyInsteadOfCommitting() {
        Harness h = Harness.sync(80, 24, saves).game(3, "human", "human").enter();
        h.keys(ch('1'), k(KeyType.End)).enter();
        assertThat(h.text()).contains("Not possible now: only a signed, not yet invoked treaty can be invoked");
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isFalse();
    }

    @Test
    void menuQuit_endsWithoutAGame_andEscBacksOutOfScreens() {
        Harness h = Harness.sync(80, 24, saves).menu();
        h.keys(ch('n'), k(KeyType.Escape), ch('s'), k(KeyType.Escape), ch('h'), k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(MenuView.class);
        h.keys(ch('q'));
        assertThat(h.app.quitting()).isTrue();
        assertThat(h.app.farewell()).isEmpty();
    }

    @Test
    void playWithABadScenario_staysOnNewGameAndSaysWhy() {
        Harness h = Harness.sync(80, 24, saves).start(App.Start.game("nosuch", 1L, "human", "random"));
        assertThat(h.app.game()).isNull();
        assertThat(h.text()).contains("The scenario nosuch cannot be used").contains("no scenario with that id");
    }

    @Test
    void watch_showsBotsThinkingOnThePublicDashboard() {
        java.util.List<Runnable> parked = new java.util.ArrayList<>();
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), parked::add).game(3, "random",
                "random").enter();
        assertThat(h.app.top()).isInstanceOf(WatchView.class);
        assertThat(h.text()).contains("Moscow (bot: random) is thinking...").contains("SHARED")
                .contains("Copy prog.  secret");
        parked.forEach(Runnable::run);
        h.app.drain();
        assertThat(h.text()).contains("Turn 1 (2018): the choices revealed");
    }

    /** A copy of the baseline with tutorial guidance, in its own scenarios folder. */
    private Path guidedScenarios() throws java.io.IOException {
        Path dir = saves.resolve("scenarios");
        java.nio.file.Files.createDirectories(dir);
        String json = java.nio.file.Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"id\": \"baseline\"", "\"id\": \"guided\"")
                .replace("\"max_cards_per_turn\": 2,", "\"max_cards_per_turn\": 2, \"guidance\": ["
                        + "{\"turn\": 0, \"text\": \"Welcome: read the dashboard first.\"},"
                        + "{\"turn\": 1, \"text\": \"Try a joint exercise this year.\"}],");
        java.nio.file.Files.writeString(dir.resolve("guided.json"), json);
        return dir;
    }

    @Test
    void guidance_showsOnTheIntroductionAndAtTheStartOfItsTurn() throws Exception {
        Path dir = guidedScenarios();
        Harness h = new Harness(80, 24, saves.resolve("s"), dir, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                Seats.FACTORY).start(App.Start.game("guided", 1L, "human", "random"));
        assertThat(h.text()).contains("Welcome: read the dashboard first.");
        h.enter();
        assertThat(h.text()).contains("Guidance for turn 1").contains("Try a joint exercise this year.");
        h.enter();
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
    }

    @Test
    void loadingAfterTheScenarioChanged_asksFirstThenReplaysWithAWarning() throws Exception {
        Path dir = guidedScenarios();
        Path saveDir = saves.resolve("s");
        Harness first = new Harness(80, 24, saveDir, dir, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                Seats.FACTORY).start(App.Start.game("guided", 1L, "human", "random"));
        first.enter().enter().keys(ch('2')).enter().enter().enter().keys(ch('q'));
        Path f = dir.resolve("guided.json");
        java.nio.file.Files.writeString(f, java.nio.file.Files.readString(f)
                .replace("Welcome: read the dashboard first.", "Welcome, again."));
        Path save = saveDir.resolve("autosave-guided-1.json");
        String carried = java.nio.file.Files.readString(save);
        // a save that carries its scenario goes on with that copy, without a question
        Harness own = new Harness(80, 24, saveDir, dir, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                Seats.FACTORY).start(App.Start.menu("guided"));
        own.keys(ch('c'));
        assertThat(own.text()).doesNotContain("The scenario has changed");
        own.keys(ch('q'));
        // a save from before saves carried their scenario asks first
        java.nio.file.Files.writeString(save, org.amur.save.OldSaves.withoutScenarioCopy(carried));
        Harness h = new Harness(80, 24, saveDir, dir, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                Seats.FACTORY).start(App.Start.menu("guided"));
        h.keys(ch('c'));
        assertThat(h.text()).contains("The scenario has changed").contains("y:yes".replace(":", " "));
        h.keys(ch('y'));
        assertThat(h.text()).contains("Note about this save").contains("has changed since this game was saved");
        h.enter();
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        assertThat(h.app.game().state().turn()).isEqualTo(2);
    }

    @Test
    void sameSeedTwice_secondGameGetsItsOwnAutosave_andContinueKeepsSavingToTheFileItCameFrom() throws Exception {
        Harness first = Harness.sync(80, 24, saves).game(42, "random", "random").enter(); // turn 1 revealed
        first.keys(ch('q'));
        java.nio.file.Path one = saves.resolve("autosave-baseline-42.json");
        byte[] firstGame = java.nio.file.Files.readAllBytes(one);
        byte[] firstBackup = java.nio.file.Files.readAllBytes(first.saves.backupOf(one).orElseThrow());
        assertThat(first.saves.load(one).session().state().turn()).isEqualTo(2);

        Harness second = Harness.sync(80, 24, saves).game(42, "random", "random");
        java.nio.file.Path two = saves.resolve("autosave-baseline-42-2.json");
        assertThat(second.app.game().saving().lastSave()).isEqualTo(two);
        second.enter().keys(ch('q'));
        assertThat(java.nio.file.Files.readAllBytes(one)).as("the first game's autosave").isEqualTo(firstGame);
        assertThat(java.nio.file.Files.readAllBytes(second.saves.backupOf(one).orElseThrow())).as("nor its backup")
                .isEqualTo(firstBackup);

        // continuing the first game keeps writing to its own file
        Harness again = Harness.sync(80, 24, saves).menu();
        org.amur.tui.Saves.open(again.app, one, false);
        again.app.drain(); // the bots play on: turn 2 resolves at once
        int now = again.app.game().session().state().turn();
        assertThat(now).isEqualTo(3);
        again.app.game().match().autosave();
        assertThat(again.app.game().saving().lastSave()).isEqualTo(one);
        assertThat(again.saves.load(one).session().state().turn()).isEqualTo(now);
        assertThat(again.saves.load(two).session().state().turn()).isEqualTo(2);
    }

    @Test
    void menu_firstFrameBeforeTheSavesAreRead_thenContinueFillsIn_andAnEarlyKeyWaitsForTheScan() throws Exception {
        Harness.sync(80, 24, saves).game(6, "random", "random").enter().keys(ch('q'));
        // the bot worker holds the scan: the menu's first frame is drawn without reading any save
        java.util.List<Runnable> held = new java.util.ArrayList<>();
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), held::add).menu();
        assertThat(held).hasSize(1);
        assertThat(h.text()).contains("Continue").contains("looking at the saves").doesNotContain("baseline, turn");
        held.remove(0).run();
        h.app.drain();
        assertThat(h.text()).contains("baseline, turn").doesNotContain("looking at the saves");

        // a key for Continue that comes before the scan is done waits for it, and opens the game
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        Harness early = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), r -> {
            if (first.getAndSet(false)) {
                held.add(r); // the menu's scan
            } else {
                r.run(); // the game's bots
            }
        }).menu();
        Thread scanner = new Thread(held.remove(0));
        scanner.start();
        early.keys(ch('c'));
        scanner.join();
        assertThat(early.app.game()).isNotNull();
        assertThat(early.app.game().session().seed()).isEqualTo(6);
    }

    @Test
    void loadScreen_listsAFileThatCannotBeRead_saysWhy_andOffersItsBackupWithoutTouchingIt() throws Exception {
        Harness first = Harness.sync(80, 24, saves).game(5, "random", "random").enter();
        first.keys(ch('q'));
        java.nio.file.Path good = saves.resolve("autosave-baseline-5.json");
        java.nio.file.Path broken = saves.resolve("lesson-1.json");
        java.nio.file.Files.copy(good, saves.resolve("lesson-1.json.bak"));
        java.nio.file.Files.writeString(broken, "{\"format\": \"amur-save\", \"version\": 1, \"scen");
        byte[] before = java.nio.file.Files.readAllBytes(broken);

        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('o'));
        assertThat(h.text()).contains("autosave-baseline-5").contains("lesson-1").contains("cannot be read");
        h.keys(k(KeyType.ArrowDown));
        assertThat(h.text()).contains("lesson-1.json cannot be read: it is not complete JSON").contains("previous version is kept as lesson-1.json.bak");
        h.enter();
        assertThat(h.app.top()).isInstanceOf(ConfirmView.class);
        h.keys(ch('y'));
        assertThat(h.app.game()).isNotNull();
        assertThat(h.app.game().session().seed()).isEqualTo(5);
        h.keys(ch('q'));
        assertThat(java.nio.file.Files.readAllBytes(broken)).as("the unreadable file").isEqualTo(before);
    }

    @Test
    void endScreen_saysHowToReadTheGameAndHowToPlayItAgainWithTheSameSeats() {
        Harness h = Harness.sync(120, 60, saves).game(9, "historian", "hedger").enter();
        for (int i = 0; i < 12 && !(h.app.top() instanceof EndView); i++) {
            h.enter();
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        h.keys(k(KeyType.End));
        String flat = h.text().replaceAll("[\u2502\u2588]", " ").replaceAll("\\s+", " "); // without the scroll bar
        assertThat(flat).contains("./amur replay autosave-baseline-9")
                .contains("./amur play --scenario baseline --seed 9 --moscow historian --beijing hedger");
    }

    @Test
    void newGameSeed_typedDigitsReplaceTheShownSeed_andAnEmptySeedIsRefused() {
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('n'), k(KeyType.ArrowUp));
        h.keys(ch('4'), ch('2'));
        assertThat(h.text()).containsPattern("Seed +42\\s");
        h.keys(k(KeyType.Backspace), k(KeyType.Backspace)).enter();
        assertThat(h.app.game()).isNull();
        assertThat(h.text()).contains("Type a seed (digits), or press r for a new random one.");
        h.keys(ch('7')).enter();
        assertThat(h.app.game()).isNotNull();
        assertThat(h.app.game().session().seed()).isEqualTo(7);
    }

    @Test
    void reveal_aReasonTooLongForTheHeader_isGivenInFullBelowIt() {
        Harness h = Harness.sync(80, 24, saves).game(12, "human", "mcts:easy").enter();
        h.keys(ch('2')).enter().enter();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        String botReason = ((org.amur.engine.Action.Commit) h.app.game().session().actions().stream()
                .filter(a -> a.side() == Side.BEIJING).findFirst().orElseThrow()).rationale();
        assertThat(botReason.length()).as("the search bot explains itself at length").isGreaterThan(120);
        String header = String.join(" ", java.util.Arrays.asList(h.text().split("\n")).subList(1, 5));
        assertThat(header).contains("\u2026");
        StringBuilder all = new StringBuilder(h.text());
        for (int i = 0; i < 3; i++) {
            h.keys(k(KeyType.PageDown));
            all.append(h.text());
        }
        String flat = all.toString().replaceAll("[\u2502\u2588\u25bc\u25b2]", " ").replaceAll("\\s+", " ");
        assertThat(flat).contains("Why they chose it, in full").contains("Beijing: " + botReason.replaceAll("\\s+", " "));
    }

    @Test
    void dashboardAt80x24_showsAllFourInteroperabilityBranchesInOneRow_andSeparatelyWhenThereIsRoom() {
        Harness small = Harness.sync(80, 24, saves).game(3, "human", "random").enter();
        assertThat(small.text()).containsPattern("Int\\.G/N/A/P +45 30 25 15");
        Harness big = Harness.sync(120, 40, saves).game(3, "human", "random").enter();
        assertThat(big.text()).contains("Int. aero").contains("Int. police").doesNotContain("Int.G/N/A/P");
    }

    @Test
    void menu_saysWhenTheNewestAutosaveCannotBeRead_andContinueOpensTheNewestThatCan() throws Exception {
        Harness first = Harness.sync(80, 24, saves).game(5, "random", "random").enter();
        first.keys(ch('q'));
        java.nio.file.Path broken = saves.resolve("autosave-baseline-9.json");
        java.nio.file.Files.writeString(broken, "{ not json");
        java.nio.file.Files.setLastModifiedTime(broken, java.nio.file.attribute.FileTime.from(
                java.time.Instant.parse("2030-01-01T00:00:00Z")));
        Harness h = Harness.sync(80, 24, saves).menu();
        assertThat(h.text().replaceAll("\\s+", " ")).contains("autosave-baseline-9 is newer but cannot be read");
        h.keys(ch('c'));
        assertThat(h.app.game().session().seed()).isEqualTo(5);
    }
}
