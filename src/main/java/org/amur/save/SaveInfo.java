package org.amur.save;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the load screen lists about a save without replaying it. {@code parent} and {@code parentTurn}
 * name the save a branched game was started from and the turn it branched at (null and 0 otherwise).
 */
public record SaveInfo(Path file, String name, String scenarioId, int turn, Instant savedAt, boolean over,
                       String parent, int parentTurn) {

    public SaveInfo(Path file, String name, String scenarioId, int turn, Instant savedAt, boolean over) {
        this(file, name, scenarioId, turn, savedAt, over, null, 0);
    }
}
