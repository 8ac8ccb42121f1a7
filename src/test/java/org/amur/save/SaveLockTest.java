package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of Amur, or two tables of one server, never play (and so never save) the same game. */
class SaveLockTest {
    @TempDir
    Path tmp;

    private Path save() {
        return tmp.resolve("autosave-baseline-7.json");
    }

    @Test
    void acquire_twiceInOneProcess_secondIsRefusedWithOneSentence() throws Exception {
        try (SaveLock first = SaveLock.acquire(save())) {
            assertThat(Files.exists(SaveLock.sidecarOf(save()))).isTrue();
            assertThatThrownBy(() -> SaveLock.acquire(tmp.resolve(".").resolve("autosave-baseline-7.json")))
                    .isInstanceOfSatisfying(SaveException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SaveException.Kind.LOCKED);
                        assertThat(e.getMessage()).contains("autosave-baseline-7").contains("another copy of Amur")
                                .doesNotContain("Exception").doesNotContain("\n");
                    });
        }
        // given up: the game can be opened again
        SaveLock.acquire(save()).close();
    }

    @Test
    void acquire_sidecarLeftByAKilledCopy_isTaken() throws Exception {
        Files.writeString(SaveLock.sidecarOf(save()), "12345\n");
        try (SaveLock l = SaveLock.acquire(save())) {
            assertThat(l.file().getFileName()).isEqualTo(save().getFileName());
        }
    }

    @Test
    void acquire_sidecarThatIsNotALockFile_isNeitherFollowedNorChanged() throws Exception {
        Path precious = tmp.resolve("precious.txt");
        Files.writeString(precious, "keep me");
        Files.createSymbolicLink(SaveLock.sidecarOf(save()), precious);
        assertThatThrownBy(() -> SaveLock.acquire(save())).isInstanceOfSatisfying(SaveException.class,
                e -> assertThat(e.kind()).isEqualTo(SaveException.Kind.WRITE_FAILED));
        assertThat(Files.readString(precious)).isEqualTo("keep me");
    }

    @Test
    void secondProcess_isRefusedWhileTheFirstHoldsTheGame_andMayTakeItWhenTheFirstDies() throws Exception {
        Process holder = child("hold", save().toString());
        try {
            BufferedReader out = reader(holder);
            assertThat(out.readLine()).isEqualTo("held");
            // this process is the second copy
            assertThatThrownBy(() -> SaveLock.acquire(save())).isInstanceOfSatisfying(SaveException.class,
                    e -> assertThat(e.kind()).isEqualTo(SaveException.Kind.LOCKED));
            // and cannot write the game either, even without opening it first
            ScenarioLoader loader = new ScenarioLoader(Path.of("scenarios"));
            SaveStore store = new SaveStore(tmp, loader, Clock.systemUTC());
            assertThatThrownBy(() -> store.autosave(save(), Session.start(loader.resolve("baseline"), 7),
                    new SaveMeta("random", "random"))).isInstanceOfSatisfying(SaveException.class,
                    e -> assertThat(e.kind()).isEqualTo(SaveException.Kind.LOCKED));
            assertThat(Files.exists(save())).isFalse();
        } finally {
            holder.destroyForcibly(); // SIGKILL: the holder never gives the lock up itself
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        // the operating system released the dead copy's lock; its sidecar file is taken over
        assertThat(Files.exists(SaveLock.sidecarOf(save()))).isTrue();
        SaveLock.acquire(save()).close();
    }

    @Test
    void secondProcess_cannotSaveOverAGameThisProcessHasOpen() throws Exception {
        try (SaveLock mine = SaveLock.acquire(save())) {
            Process writer = child("write", save().toString(), Path.of("scenarios").toAbsolutePath().toString());
            String line = reader(writer).readLine();
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(line).startsWith("refused LOCKED ");
            assertThat(Files.exists(save())).isFalse();
        }
        // once this process gives the game up, the other copy may save
        Process writer = child("write", save().toString(), Path.of("scenarios").toAbsolutePath().toString());
        assertThat(reader(writer).readLine()).isEqualTo("saved");
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void claimNewAutosave_twoGamesOfTheSameSeed_getTwoFiles() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(Path.of("scenarios"));
        SaveStore store = new SaveStore(tmp, loader, Clock.systemUTC());
        Session s = Session.start(loader.resolve("baseline"), 7);
        SaveMeta meta = new SaveMeta("random", "random");
        try (SaveLock a = store.claimNewAutosave(s, meta); SaveLock b = store.claimNewAutosave(s, meta)) {
            assertThat(a.file()).isNotEqualTo(b.file());
            assertThat(List.of(a.file().getFileName().toString(), b.file().getFileName().toString()))
                    .containsExactly("autosave-baseline-7.json", "autosave-baseline-7-2.json");
        }
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static Process child(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
