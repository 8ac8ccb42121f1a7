package org.amur.save;

import java.util.List;
import org.amur.session.Session;

/** A save that replayed: the game, its seats, and warnings the user should see (e.g. a changed scenario). */
public record LoadedGame(Session session, SaveMeta meta, List<String> warnings) {
    public LoadedGame {
        warnings = List.copyOf(warnings);
    }
}
