package org.amur.tui;

import java.nio.file.Path;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.session.Session;

/**
 * Where a game on screen is saved: its own autosave file (the one it was resumed from, or one chosen
 * at its first save, so it never writes over another game's), the saves the player names, and the
 * command that plays it again.
 */
final class Saving {
    private final App app;
    private final Session session;
    private final SaveMeta meta;
    private final TurnTimer timer;
    private Path autosaveFile;
    private Path lastSave;

    Saving(App app, Session session, SaveMeta meta, Path autosaveFile, TurnTimer timer) {
        this.app = app;
        this.timer = timer;
        this.session = session;
        this.meta = meta;
        this.autosaveFile = autosaveFile;
    }

    /** The match's autosave: this game's own autosave file, chosen at its first save. */
    Path autosave(Session s) throws SaveException {
        if (autosaveFile == null) {
            autosaveFile = app.config().saves().newAutosaveFile(s, meta);
        }
        return app.config().saves().autosave(autosaveFile, s, meta);
    }

    /** The match saved the game to {@code file}. */
    void saved(Path file) {
        lastSave = file;
    }

    /** The file last written (an autosave or a named save), or null. */
    Path lastSave() {
        return lastSave;
    }

    /** Saves under a name the player typed; returns an error sentence, or null. */
    String saveAs(String name) {
        try {
            lastSave = app.config().saves().save(session, name, meta);
            return null;
        } catch (SaveException e) {
            return e.getMessage();
        }
    }

    /**
     * The command that starts this game again from its first turn, with the same seats and
     * facilitation ({@code ./amur play --scenario ... --seed ...}).
     */
    String playAgainCommand() {
        long seed = session.seed();
        // the scenario by id, else by its file, else by this game's save (which carries the scenario)
        Path save = lastSave != null ? lastSave : autosaveFile;
        String scenarioArg = app.config().scenarios().argumentFor(session.scenario())
                .orElse(save != null ? save.toAbsolutePath().toString() : session.scenario().id());
        if (!scenarioArg.matches("[A-Za-z0-9_./:=+-]+")) {
            scenarioArg = "'" + scenarioArg.replace("'", "'\\''") + "'";
        }
        StringBuilder sb = new StringBuilder("./amur play --scenario ").append(scenarioArg);
        if (session.scenario().lengthChanged()) {
            sb.append(" --turns ").append(session.scenario().turns());
        }
        sb.append(seed < 0 ? " --seed=" : " --seed ").append(seed)
                .append(" --moscow ").append(meta.moscow()).append(" --beijing ").append(meta.beijing());
        if (meta.facilitator() != null) {
            sb.append(meta.facilitator().openPlay() ? " --facilitator=open" : " --facilitator")
                    .append(" --adjudication ").append(meta.facilitator().adjudication().id());
        }
        if (timer != null) {
            sb.append(" --timer ").append(timer.perTurn().toSeconds());
            if (timer.whenUp() instanceof org.amur.session.Match.TimeUp.BotChooses b) {
                sb.append(" --when-time-runs-out ").append(b.spec());
            }
        }
        return sb.toString();
    }

    /** What playing it again reproduces: the dice follow the choices; a facilitator's actions are not replayed. */
    String playAgainNote() {
        return Ui.t(meta.facilitator() != null ? "again.note_facilitated" : "again.note");
    }
}
