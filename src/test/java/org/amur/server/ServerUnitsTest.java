package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerUnitsTest {
    @TempDir
    Path dir;

    @Test
    void tokenBook_namesTableAndSeat_carries100RandomBits_andIsUniqueAcrossTables() throws IOException {
        TokenBook book = TokenBook.open(dir, 8, "baseline", new SecureRandom());
        Set<String> all = new HashSet<>();
        all.add(book.teacher());
        assertThat(book.teacher()).matches("teacher-[a-z2-9]{20}");
        for (TokenBook.TableEntry t : book.tables()) {
            for (Seat s : Seat.tableSeats()) {
                String token = t.tokens().get(s);
                assertThat(token).matches(t.id() + "-" + s.id() + "-[a-z2-9]{20}");
                assertThat(all.add(token)).isTrue();
                assertThat(book.find(token)).get().isEqualTo(new Ticket(token, t.id(), s));
            }
        }
        assertThat(all).hasSize(8 * 4 + 1);
        // 20 symbols of a 32-letter alphabet: 100 bits
        assertThat(TokenBook.RANDOM_CHARS * Math.log(32) / Math.log(2)).isGreaterThanOrEqualTo(80);
    }

    @Test
    void tokenBook_reopenedWithTheSameFolder_keepsEveryTokenAndAddsTablesOnlyWhenAskedFor() throws IOException {
        TokenBook first = TokenBook.open(dir, 2, "baseline", new SecureRandom());
        TokenBook again = TokenBook.open(dir, 1, "other", new SecureRandom());
        assertThat(again.teacher()).isEqualTo(first.teacher());
        assertThat(again.tables()).isEqualTo(first.tables());
        TokenBook more = TokenBook.open(dir, 3, "baseline", new SecureRandom());
        assertThat(more.tables()).hasSize(3).startsWith(first.tables().toArray(new TokenBook.TableEntry[0]));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(TokenBook.FILE)))).isEqualTo("rw-------");
    }

    @Test
    void tokenBook_unknownOrMalformedNames_openNothing() throws IOException {
        TokenBook book = TokenBook.open(dir, 1, "baseline", new SecureRandom());
        String good = book.tables().get(0).tokens().get(Seat.MOSCOW);
        assertThat(book.find(good.substring(0, good.length() - 1))).isEmpty();
        assertThat(book.find(good.toUpperCase())).isEmpty();
        assertThat(book.find(good + "\u0000")).isEmpty();
        assertThat(book.find("x".repeat(10_000))).isEmpty();
        assertThat(book.find(null)).isEmpty();
        assertThat(book.find("")).isEmpty();
    }

    @Test
    void tokenBook_aDamagedFile_isOneSentenceNotACrash() throws IOException {
        Files.writeString(dir.resolve(TokenBook.FILE), "{\"teacher\": 3");
        assertThatThrownBy(() -> TokenBook.open(dir, 1, "baseline", new SecureRandom()))
                .isInstanceOf(IOException.class).hasMessageContaining("tokens.json")
                .hasMessageNotContaining("Exception");
        Files.writeString(dir.resolve(TokenBook.FILE), "{\"teacher\": \"../../etc\", \"tables\": []}");
        assertThatThrownBy(() -> TokenBook.open(dir, 1, "baseline", new SecureRandom()))
                .isInstanceOf(IOException.class).hasMessageContaining("teacher");
    }

    @Test
    void attemptLimiter_blocksAnAddressAfterTooManyFailures_thenLetsItTryAgain() {
        AtomicLong now = new AtomicLong(0);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        };
        AttemptLimiter l = new AttemptLimiter(3, Duration.ofMinutes(1), Duration.ofMinutes(2), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(l.failed("10.0.0.5")).isFalse();
        }
        assertThat(l.blocked("10.0.0.5")).isFalse();
        assertThat(l.failed("10.0.0.5")).isTrue();
        assertThat(l.blocked("10.0.0.5")).isTrue();
        assertThat(l.blocked("10.0.0.6")).as("other addresses are not affected").isFalse();
        now.addAndGet(Duration.ofMinutes(2).toMillis() + 1);
        assertThat(l.blocked("10.0.0.5")).isFalse();
        // failures spread out over more than the window never block
        for (int i = 0; i < 10; i++) {
            now.addAndGet(Duration.ofSeconds(30).toMillis());
            assertThat(l.failed("10.0.0.7")).isFalse();
        }
    }

    @Test
    void serverLog_escapesWhatClientsChose_andTimesEveryLine() throws IOException {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
        try (ServerLog log = new ServerLog(dir, fixed)) {
            log.log("failed", "127.0.0.1", "none", "evil\u001b[2J\nforged line " + "x".repeat(200));
        }
        String text = Files.readString(dir.resolve(ServerLog.FILE));
        assertThat(text).startsWith("2026-12-05T10:00:00Z failed 127.0.0.1 none evil\\u001b[2J\\u000aforged_line");
        assertThat(text.lines()).hasSize(1);
        assertThat(text).doesNotContain("\u001b");
        assertThat(text.length()).isLessThan(200);
    }

    @Test
    void floodGuard_letsTypingAndAPasteThrough_butCutsAFlood() throws IOException {
        AtomicLong nanos = new AtomicLong();
        byte[] paste = "a reason pasted at once".repeat(100).getBytes(StandardCharsets.UTF_8);
        FloodGuard g = new FloodGuard(new ByteArrayInputStream(paste), 4096, 1024, nanos::get);
        assertThat(g.readAllBytes()).hasSize(paste.length);

        byte[] flood = new byte[100_000];
        FloodGuard f = new FloodGuard(new ByteArrayInputStream(flood), 4096, 1024, nanos::get);
        assertThatThrownBy(f::readAllBytes).isInstanceOf(FloodGuard.Flooded.class);
        assertThat(f.flooded()).isTrue();

        // a steady typist (20 keys a second for a minute) never trips it
        FloodGuard t = new FloodGuard(new ByteArrayInputStream(new byte[1200]), 4096, 1024, nanos::get);
        for (int i = 0; i < 1200; i++) {
            nanos.addAndGet(50_000_000L);
            assertThat(t.read()).isZero();
        }
    }

    @Test
    void windowSizes_outOfBoundsAreRefused() {
        assertThat(GameChannel.sizeOk(80, 24)).isTrue();
        assertThat(GameChannel.sizeOk(0, 0)).isFalse();
        assertThat(GameChannel.sizeOk(10_000, 10_000)).isFalse();
        assertThat(GameChannel.sizeOk(-1, 24)).isFalse();
    }
}
