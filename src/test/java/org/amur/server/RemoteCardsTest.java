package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Event;
import org.amur.engine.TextBundle;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.tui.Remote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year's event cards on the remote seats at 80x24: every seat (team, projector, facilitator) says "This
 * year:" with the titles at a turn's start, as the local turn screen does, and b reads them whole.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteCardsTest {
    @TempDir
    Path dir;
    private final List<VirtualSeat> seats = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private ServerLog log;

    @AfterEach
    void end() throws Exception {
        TextBundle.use(Locale.ENGLISH);
        for (VirtualSeat s : seats) {
            s.close();
        }
        for (Table t : tables) {
            t.close();
        }
        if (log != null) {
            log.close();
        }
    }

    private Table table(String id, long seed) throws Exception {
        SaveStore store = new SaveStore(dir.resolve("tables-" + seed));
        Files.createDirectories(store.directory());
        if (log == null) {
            log = new ServerLog(dir, Clock.systemUTC());
        }
        Table t = Table.open(id, ScenarioLoader.forInstallation().resolve("baseline"), seed, store,
                new Table.Settings(null, Table.TimeUp.KEEP, true, SaveMeta.Adjudication.SEMI_RIGID), log, null,
                System::nanoTime);
        tables.add(t);
        return t;
    }

    private VirtualSeat seat(Remote.Table t, Remote.Role role) {
        VirtualSeat s = VirtualSeat.open(80, 24, t, role);
        seats.add(s);
        return s;
    }

    /** The titles of the cards that opened turn 1. */
    private static List<String> cardsOfTurn1(Table t) throws Exception {
        AtomicReference<List<String>> out = new AtomicReference<>();
        t.await(() -> {
            List<String> titles = new ArrayList<>();
            for (Event e : t.session().eventsOfTurn(1)) {
                if (e instanceof Event.CardDrawn c) {
                    titles.add(c.title());
                }
            }
            out.set(titles);
        });
        return out.get();
    }

    /** A baseline table whose first year opens with at least one card. */
    private Table tableWithCards() throws Exception {
        for (long seed = 1; seed < 40; seed++) {
            Table t = table("t1", seed);
            if (!cardsOfTurn1(t).isEmpty()) {
                return t;
            }
            t.close();
            tables.remove(t);
        }
        throw new AssertionError("no seed with a card in turn 1");
    }

    @Test
    void everySeat_saysThisYearsCardsAtTheTurnsStart_andBReadsThemWhole() throws Exception {
        Table t = tableWithCards();
        String first = cardsOfTurn1(t).get(0);
        VirtualSeat moscow = seat(t, Remote.Role.MOSCOW);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        VirtualSeat white = seat(t, Remote.Role.FACILITATOR);
        for (VirtualSeat s : List.of(moscow, projector, white)) {
            String screen = s.await("Turn 1 of");
            assertThat(screen).as("a \"This year:\" line").containsPattern("(?m)^This year: .*\\(b: read them\\)$");
            String line = screen.lines().filter(l -> l.startsWith("This year: ")).findFirst().orElseThrow();
            assertThat(line).as("the first card's title, or its beginning")
                    .contains(first.substring(0, Math.min(first.length(), 12)));
            s.key('b');
            String doc = s.await(x -> x.contains("Events of "), "the year's cards whole");
            assertThat(doc).contains(first);
            s.key(com.googlecode.lanterna.input.KeyType.Escape);
            s.await("This year: ");
        }
        // cards are public, but each seat's are redacted for it all the same: no change to a value it may not see
        for (Remote.Role role : Remote.Role.values()) {
            Remote.Snapshot snap = t.snapshot(role);
            assertThat(snap.cards()).as(role.name()).isNotEmpty()
                    .allMatch(e -> e instanceof Event.CardDrawn || e instanceof Event.Injected);
            org.amur.engine.Audience a = role.side() != null ? org.amur.engine.Audience.of(role.side())
                    : role == Remote.Role.FACILITATOR ? org.amur.engine.Audience.FACILITATOR
                    : org.amur.engine.Audience.PUBLIC;
            for (Event e : snap.cards()) {
                List<Event.Delta> deltas = e instanceof Event.CardDrawn c ? c.deltas() : ((Event.Injected) e).deltas();
                assertThat(deltas).allMatch(d -> a.sees(d.indicator()), role + " sees only its own values");
            }
        }
    }

    @Test
    void aCardTheFacilitatorPlays_joinsTheYearsLineOnEverySeat_markedAsTheFacilitators() throws Exception {
        Table t = table("t1", 5);
        VirtualSeat projector = seat(t, Remote.Role.AUDIENCE);
        projector.await("Turn 1 of");
        Remote.Card card = t.deck().get(0);
        AtomicReference<java.util.Optional<String>> answer = new AtomicReference<>();
        t.inject(card.id(), "for the debate", answer::set);
        t.await(() -> { });
        assertThat(answer.get()).isEmpty();
        // first on the line: the facilitator's card is this turn's news
        String screen = projector.await("(facilitator)");
        assertThat(screen).containsPattern("(?m)^This year: " + java.util.regex.Pattern.quote(
                card.title().substring(0, Math.min(10, card.title().length()))));
    }
}
