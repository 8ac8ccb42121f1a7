package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same seeded games played in this JVM and in a separate JVM running in interpreter-only mode
 * (no JIT, so no compiled floating-point code paths) end in bit-identical states.
 */
@Tag("slow")
class CrossJvmDeterminismTest {
    private static final int GAMES = 40;

    @Test
    void seededGames_areBitIdenticalInAnotherJvmWithoutJit() throws Exception {
        List<String> here = DigestOfSeededGames.digests(GAMES);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xint", "-cp", System.getProperty("java.class.path"),
                DigestOfSeededGames.class.getName(), Integer.toString(GAMES)).redirectErrorStream(true).start();
        List<String> there;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            there = in.lines().toList();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(here).hasSizeGreaterThanOrEqualTo(GAMES);
        assertThat(there).isEqualTo(here);
    }
}
