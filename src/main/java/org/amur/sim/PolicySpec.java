package org.amur.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;
import org.amur.scenario.TextRules;
import org.amur.session.Match;

/**
 * How one seat plays a batch of games, parsed from what an analyst types after {@code --moscow} or
 * {@code --beijing}:
 *
 * <ul>
 *   <li>{@code random}: uniform among the legal choices, with the seat's own seeded dice (the same
 *       choices as {@link org.amur.ai.RandomBot} with that seed);</li>
 *   <li>a bot spec ({@code historian}, {@code hawk}, {@code hedger}, {@code mercantilist},
 *       {@code mcts:easy|normal|hard}): a fresh bot per game with the seat's seed ({@link BotPolicy});</li>
 *   <li>{@code script:VARIANT[,VARIANT...]}: one variant id per turn, the last one repeating. When the
 *       scripted variant is not legal at that moment the seat falls back, deterministically, to the
 *       first legal choice of the same line of effort, else to the first legal choice, and the
 *       fallback is counted.</li>
 * </ul>
 *
 * <p>A spec is immutable and shared by every game of a batch; {@link #bot} makes the per-game player,
 * a {@link Bot} that the one match loop ({@link org.amur.session.Match}) drives: it decides from its
 * {@link org.amur.engine.SeatView} only and hears, after every step, the events its seat was shown,
 * as in {@code amur play} and {@code amur tournament}.
 */
public sealed interface PolicySpec permits PolicySpec.Random, PolicySpec.Scripted, PolicySpec.BotPolicy {

    /** The spec as the analyst would type it, canonical (used in reports). */
    String text();

    /** A fresh player for one game, as a bot the match loop drives. Not thread-safe: one per game. */
    Bot bot(Engine engine, Side side, long seed);

    /** The same player, choosing directly from a state (for tests that step the engine themselves). */
    default SeatPlayer seat(Engine engine, Side side, long seed) {
        Bot bot = bot(engine, side, seed);
        return new SeatPlayer() {
            @Override
            public Variant choose(GameState state) {
                return bot.decide(engine.view(state, side)).variant();
            }

            @Override
            public int fallbacks() {
                return PolicySpec.fallbacks(bot);
            }
        };
    }

    /** How many of a policy bot's choices fell back from a scripted variant that was not legal. */
    static int fallbacks(Bot bot) {
        return bot instanceof ScriptBot s ? s.fallbacks : 0;
    }

    /** One game's player for one seat, stepping the engine directly. Not thread-safe: one per game. */
    interface SeatPlayer {
        /** The variant to commit in {@code state}, which awaits this seat's choice. */
        Variant choose(GameState state);

        /** How many of this game's choices fell back from a scripted variant that was not legal. */
        default int fallbacks() {
            return 0;
        }
    }

    /**
     * Parses a policy for {@code scenario}.
     *
     * @throws IllegalArgumentException with one plain sentence when {@code text} is not a policy
     */
    static PolicySpec parse(String text, Scenario scenario) {
        String s = text == null ? "" : text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("random")) {
            return new Random();
        }
        if (lower.startsWith("script:")) {
            return Scripted.parse(s.substring("script:".length()), scenario);
        }
        if (Bots.isBot(lower)) {
            String spec = Bots.canonical(lower);
            return new BotPolicy(spec, (engine, side, seed) -> Bots.create(spec, engine, side, seed));
        }
        throw new IllegalArgumentException(SimText.get("policy.unknown", "typed", TextRules.sanitize(s, false),
                "bots", String.join(", ", Bots.specs())));
    }

    /** Makes the bot for one game. */
    @FunctionalInterface
    interface BotFactory {
        Bot create(Engine engine, Side side, long seed);
    }

    /** A bot plays the seat; {@code text} is its canonical spec (e.g. {@code hawk}, {@code mcts:hard}). */
    record BotPolicy(String text, BotFactory factory) implements PolicySpec {
        @Override
        public Bot bot(Engine engine, Side side, long seed) {
            return factory.create(engine, side, seed);
        }
    }

    /** Uniform among the legal choices. */
    record Random() implements PolicySpec {
        @Override
        public String text() {
            return "random";
        }

        @Override
        public Bot bot(Engine engine, Side side, long seed) {
            SplitMix64 dice = new SplitMix64(SplitMix64.seedState(seed));
            return new Match.ChoicesOnly() {
                @Override
                public String name() {
                    return "random";
                }

                @Override
                public Decision decide(SeatView view) {
                    List<Variant> legal = view.legalChoices();
                    return new Decision(legal.get(dice.nextInt(legal.size())), "");
                }
            };
        }
    }

    /** One variant per turn, the last one repeating. */
    record Scripted(List<Variant> script) implements PolicySpec {
        public Scripted {
            script = List.copyOf(script);
            if (script.isEmpty()) {
                throw new IllegalArgumentException(SimText.get("policy.script_empty"));
            }
        }

        static Scripted parse(String list, Scenario scenario) {
            if (list.isBlank()) {
                throw new IllegalArgumentException(SimText.get("policy.script_none"));
            }
            List<Variant> out = new ArrayList<>();
            String[] parts = list.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String id = parts[i].strip();
                if (id.isEmpty()) {
                    throw new IllegalArgumentException(SimText.get("policy.script_gap", "item", i + 1));
                }
                Optional<Variant> v = Variant.byId(id);
                if (v.isEmpty()) {
                    String best = suggestion(id);
                    throw new IllegalArgumentException(best == null
                            ? SimText.get("policy.script_unknown", "typed", TextRules.sanitize(id, false))
                            : SimText.get("policy.script_unknown_guess", "typed", TextRules.sanitize(id, false),
                                    "guess", best));
                }
                if (!scenario.variants().contains(v.get())) {
                    throw new IllegalArgumentException(SimText.get("policy.script_off", "variant", id,
                            "scenario", scenario.id()));
                }
                out.add(v.get());
            }
            return new Scripted(out);
        }

        private static String suggestion(String id) {
            java.util.List<String> ids = java.util.Arrays.stream(Variant.values()).map(Variant::id).toList();
            String best = org.amur.scenario.TextRules.closest(id, ids);
            return best;
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder("script:");
            for (int i = 0; i < script.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(script.get(i).id());
            }
            return sb.toString();
        }

        /** The scripted variant for a 1-based turn. */
        public Variant forTurn(int turn) {
            return script.get(Math.min(turn, script.size()) - 1);
        }

        @Override
        public Bot bot(Engine engine, Side side, long seed) {
            return new ScriptBot(this);
        }
    }

    /** Plays a script; counts the choices that fell back. */
    final class ScriptBot implements Match.ChoicesOnly {
        private final Scripted script;
        private int fallbacks;

        ScriptBot(Scripted script) {
            this.script = script;
        }

        @Override
        public String name() {
            return script.text();
        }

        @Override
        public Decision decide(SeatView view) {
            Variant wanted = script.forTurn(view.turn());
            List<Variant> legal = view.legalChoices();
            if (legal.contains(wanted)) {
                return new Decision(wanted, "");
            }
            fallbacks++;
            for (Variant v : legal) {
                if (v.line() == wanted.line()) {
                    return new Decision(v, "");
                }
            }
            return new Decision(legal.get(0), "");
        }
    }
}
