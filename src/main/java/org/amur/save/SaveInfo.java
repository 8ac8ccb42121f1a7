package org.amur.save;

import java.nio.file.Path;
import java.time.Instant;

/** What the load screen lists about a save without replaying it. */
public record SaveInfo(Path file, String name, String scenarioId, int turn, Instant savedAt, boolean over) {
}
