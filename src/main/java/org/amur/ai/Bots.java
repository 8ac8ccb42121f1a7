package org.amur.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amur.engine.Engine;
import org.amur.engine.Side;

/**
 * Makes bots from the specs players type: {@code random}, a personality ({@code historian},
 * {@code hawk}, {@code hedger}, {@code mercantilist}) or the search bot at a difficulty
 * ({@code mcts:easy}, {@code mcts:normal}, {@code mcts:hard}; plain {@code mcts} is normal).
 *
 * <p>A bot may hold the {@link Engine}: the rules and the scenario are public knowledge. What it never
 * gets is the live game state: every decision is made from a {@link org.amur.engine.SeatView}, which
 * has neither the other side's pending choice nor the game's random generator.
 */
public final class Bots {
    /** The prefix of every search bot's spec. */
    private static final String SEARCH = "mcts:";

    private Bots() {
    }

    /** Every bot spec, in the order menus and the tournament list them. */
    public static List<String> specs() {
        List<String> out = new ArrayList<>();
        out.add("random");
        for (Personality p : Personality.values()) {
            out.add(p.id());
        }
        for (SearchBot.Level l : SearchBot.Level.values()) {
            out.add(SEARCH + l.id());
        }
        return List.copyOf(out);
    }

    /** The heuristic personalities' specs. */
    public static List<String> personalities() {
        List<String> out = new ArrayList<>();
        for (Personality p : Personality.values()) {
            out.add(p.id());
        }
        return List.copyOf(out);
    }

    /** The spec in its canonical form ({@code mcts} becomes {@code mcts:normal}); throws for an unknown spec. */
    public static String canonical(String spec) {
        String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
        if (s.equals("mcts")) {
            s = "mcts:normal";
        }
        if (!specs().contains(s)) {
            throw new IllegalArgumentException("unknown bot '" + spec + "'; choose one of " + String.join(", ", specs()));
        }
        return s;
    }

    /** True if {@code spec} names a bot. */
    public static boolean isBot(String spec) {
        try {
            canonical(spec);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True if {@code spec} names a search bot ({@code mcts:...}). */
    public static boolean isSearch(String spec) {
        return isBot(spec) && canonical(spec).startsWith(SEARCH);
    }

    /**
     * A new bot for one game.
     *
     * @param spec   what to create (see the class comment); unknown specs throw
     *               {@link IllegalArgumentException} with a sentence listing the valid ones
     * @param engine the rules of the scenario being played
     * @param seat   the side the bot plays
     * @param seed   the bot's own seed; the same seed and the same views give the same choices
     */
    public static Bot create(String spec, Engine engine, Side seat, long seed) {
        String s = canonical(spec);
        if (s.equals("random")) {
            return new RandomBot(seed);
        }
        if (s.startsWith(SEARCH)) {
            return new SearchBot(engine, seat, SearchBot.Level.parse(s.substring(5)), seed);
        }
        for (Personality p : Personality.values()) {
            if (p.id().equals(s)) {
                return new HeuristicBot(s, p.policy(), engine.scenario(), seed);
            }
        }
        throw new IllegalStateException(s);
    }

    /** One sentence about what a bot spec plays like (from {@code bots.properties}). */
    public static String about(String spec) {
        String s = canonical(spec);
        return Reasons.get("about." + (s.startsWith(SEARCH) ? "mcts" : s));
    }
}
