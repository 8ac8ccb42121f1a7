package org.amur.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.amur.ai.Bot;
import org.amur.ai.RandomBot;

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
        public Bot create(String spec, long seed) {
            return bot(spec, seed);
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

    /** A new bot for a spec; throws for {@code human} or an unknown name. */
    public static Bot bot(String spec, long seed) {
        LongFunction<Bot> f = BOTS.get(spec);
        if (f == null) {
            throw new IllegalArgumentException("not a bot: " + spec);
        }
        return f.apply(seed);
    }
}
