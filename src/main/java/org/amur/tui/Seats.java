package org.amur.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.amur.ai.Bot;
import org.amur.ai.RandomBot;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Side;

/**
 * Who can sit at a seat: {@value #HUMAN} or a bot by name. A seat spec is what saves record
 * ({@code SaveMeta}) and what {@code --moscow}/{@code --beijing} take. To offer another bot, add
 * one line to {@link #BOTS}.
 */
public final class Seats {
    public static final String HUMAN = "human";

    /** Bot name -> factory from a seed; in the order the new-game screen offers them. */
    private static final Map<String, LongFunction<Bot>> BOTS = new LinkedHashMap<>();

    static {
        BOTS.put("random", RandomBot::new);
    }

    private Seats() {
    }

    /** The game screen's view of this class. */
    static final App.BotFactory FACTORY = new App.BotFactory() {
        @Override
        public List<String> specs() {
            return Seats.specs();
        }

        @Override
        public Bot create(String spec, Engine engine, Side seat, long seed) {
            return bot(spec, engine, seat, seed);
        }
    };

    /** Every seat spec, {@code human} first. */
    public static List<String> specs() {
        List<String> out = new ArrayList<>();
        out.add(HUMAN);
        out.addAll(BOTS.keySet());
        return out;
    }

    public static boolean valid(String spec) {
        return HUMAN.equals(spec) || BOTS.containsKey(spec);
    }

    public static boolean isBot(String spec) {
        return BOTS.containsKey(spec);
    }

    /**
     * A new bot for a spec, for one seat of one game ({@code engine} and {@code seat} are for bots that
     * plan with the rules); throws for {@code human} or an unknown name.
     */
    public static Bot bot(String spec, Engine engine, Side seat, long seed) {
        LongFunction<Bot> f = BOTS.get(spec);
        if (f == null) {
            throw new IllegalArgumentException("not a bot: " + spec);
        }
        return f.apply(seed);
    }

    /**
     * Tells a bot what its seat was shown (events already redacted for the seat), so a bot with memory
     * can learn from revealed choices. Today's bots have no memory; this is where a bot's observe
     * method is called once the Bot contract has one.
     */
    static void observe(Bot bot, List<Event> events) {
        // no bot listens yet
    }
}
