package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Engine;
import org.amur.engine.Side;

/**
 * Who can sit at a seat: {@value #HUMAN} or a bot by its spec ({@link Bots#specs()}: random, the
 * personalities, the search bot at each difficulty). A seat spec is what saves record
 * ({@code SaveMeta}) and what {@code --moscow}/{@code --beijing} take. New bots are added in
 * {@link Bots}.
 */
public final class Seats {
    public static final String HUMAN = "human";
    /**
     * The bot a newcomer meets when they do not choose one: the Historian, which plays each capital the
     * way the report reads its 2018 policy, so a first game looks like the history it teaches.
     */
    public static final String OPPONENT = "historian";

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
        out.addAll(Bots.specs());
        return out;
    }

    /**
     * The seat spec a mistyped one most likely meant ({@code histoiran} -> {@code historian}), or null
     * when none is close.
     */
    public static String closest(String typed) {
        return org.amur.scenario.TextRules.closest(typed, specs());
    }

    /**
     * The spec as the seat lists spell it ({@code Hawk} -> {@code hawk}, {@code mcts} -> {@code mcts:normal},
     * {@code Human} -> {@code human}); an unknown spec is returned as it is.
     */
    public static String canonical(String spec) {
        if (spec == null) {
            return HUMAN;
        }
        if (HUMAN.equalsIgnoreCase(spec.strip())) {
            return HUMAN;
        }
        return Bots.isBot(spec) ? Bots.canonical(spec) : spec;
    }

    public static boolean valid(String spec) {
        return HUMAN.equals(spec) || Bots.isBot(spec);
    }

    public static boolean isBot(String spec) {
        return Bots.isBot(spec);
    }

    /**
     * A new bot for a spec, for one seat of one game ({@code engine} and {@code seat} are for bots that
     * plan with the rules); throws for {@code human} or an unknown name.
     */
    public static Bot bot(String spec, Engine engine, Side seat, long seed) {
        if (!Bots.isBot(spec)) {
            throw new IllegalArgumentException("not a bot: " + spec);
        }
        return Bots.create(spec, engine, seat, seed);
    }
}
