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
    /**
     * How many actions the game had when {@link #autosaveFile} last held it (a resumed game: when it was
     * loaded from there), or -1: leaving a game that has not changed writes nothing, so Continue on a
     * finished game and straight back out keeps the save, and its {@code .bak}, as they were.
     */
    private int savedActions = -1;

    Saving(App app, Session session, SaveMeta meta, Path autosaveFile, TurnTimer timer) {
        this.app = app;
        this.timer = timer;
        this.session = session;
        this.meta = meta;
        this.autosaveFile = autosaveFile;
        if (autosaveFile != null) {
            savedActions = session.actions().size();
        }
    }

    /**
     * This game's claim on its autosave ({@link org.amur.save.SaveLock}), so no other copy of Amur plays it
     * meanwhile: taken when a resumed game is opened, or at a new game's first save; null before, or when
     * the folder allows no lock.
     */
    private org.amur.save.SaveLock lock;

    /** Keeps the claim on the autosave a resumed game was opened with, until {@link #release}. */
    void hold(org.amur.save.SaveLock held) {
        this.lock = held;
    }

    /** Gives the autosave up (the game was left): another copy may play it now. */
    void release() {
        if (lock != null) {
            lock.close();
        }
    }

    /** The match's autosave: this game's own autosave file, chosen (and claimed) at its first save. */
    Path autosave(Session s) throws SaveException {
        if (autosaveFile == null) {
            lock = app.config().saves().claimNewAutosave(s, meta);
            autosaveFile = lock != null ? lock.file() : app.config().saves().newAutosaveFile(s, meta);
        }
        int actions = s.actions().size();
        if (actions == savedActions && java.nio.file.Files.isRegularFile(autosaveFile)) {
            return autosaveFile; // nothing new since it was written
        }
        Path file = app.config().saves().autosave(autosaveFile, s, meta);
        savedActions = actions;
        return file;
    }

    /** The match saved the game to {@code file}. */
    void saved(Path file) {
        lastSave = file;
    }

    /** The file last written (an autosave or a named save), or null. */
    Path lastSave() {
        return lastSave;
    }

    /**
     * Saves under a name the player typed, in the saves folder; or, when what was typed is a path
     * ({@code ~/amur/game.json}, {@code /media/usb/}), a copy there (the way out when the saves folder
     * cannot be written). Returns an error sentence, or null.
     */
    String saveAs(String name) {
        try {
            String n = name == null ? "" : name.strip();
            boolean path = n.startsWith("~") || n.indexOf('/') >= 0 || n.indexOf(java.io.File.separatorChar) >= 0;
            lastSave = path ? app.config().saves().saveElsewhere(session, n, meta)
                    : app.config().saves().save(session, name, meta);
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
        if (app.config().botPatience() == null && searchBotSeated()) {
            sb.append(" --patient-bots");
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
        if (meta.facilitator() != null) {
            return Ui.t("again.note_facilitated");
        }
        boolean hurried = app.config().botPatience() != null && searchBotSeated();
        return Ui.t(hurried ? "again.note_search" : "again.note");
    }

    /** Whether a search bot plays a seat (one that may be hurried where people wait). */
    private boolean searchBotSeated() {
        return org.amur.ai.Bots.isSearch(meta.moscow()) || org.amur.ai.Bots.isSearch(meta.beijing());
    }
}
