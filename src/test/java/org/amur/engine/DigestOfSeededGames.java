package org.amur.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.amur.scenario.ScenarioLoader;

/**
 * Child process for {@link CrossJvmDeterminismTest}: plays seeded random games on every shipped
 * scenario and prints one digest line per game.
 */
public final class DigestOfSeededGames {
    private DigestOfSeededGames() {
    }

    public static void main(String[] args) throws Exception {
        for (String line : digests(Integer.parseInt(args[0]))) {
            System.out.println(line);
        }
    }

    static List<String> digests(int games) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (Path file : new ScenarioLoader(Path.of("scenarios")).files()) {
            Engine engine = new Engine(ScenarioLoader.load(file).scenario());
            for (int g = 0; g < games; g++) {
                SplittableRandom r = new SplittableRandom(g);
                GameState s = engine.newGame(g * 7919L).state();
                while (!s.isOver()) {
                    for (Side side : Side.values()) {
                        List<Variant> legal = engine.legalChoices(s, side);
                        s = engine.apply(s, new Action.Commit(side, legal.get(r.nextInt(legal.size())))).stateOrThrow();
                    }
                }
                out.add(file.getFileName() + " " + g + " " + StateDigest.of(s));
            }
        }
        return out;
    }
}
