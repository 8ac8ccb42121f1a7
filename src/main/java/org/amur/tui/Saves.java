package org.amur.tui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.amur.save.LoadedGame;
import org.amur.save.SaveException;

/** Opening a save from the menu or the load screen, with a way through a changed scenario. */
final class Saves {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Saves() {
    }

    static String when(Instant t) {
        return WHEN.format(t);
    }

    /** Loads and resumes {@code file}; problems become a message screen, never an exception. */
    static void open(App app, Path file, boolean evenIfScenarioChanged) {
        org.amur.save.SaveLock lock = null;
        if (App.isAutosave(file)) {
            try {
                lock = org.amur.save.SaveLock.acquire(file);
            } catch (SaveException e) {
                if (e.kind() == SaveException.Kind.LOCKED) {
                    app.push(new LockedView(app, file, e.getMessage()));
                    return;
                }
                // no lock can be made in that folder: the game is played and its saves say why they fail
            }
        }
        org.amur.save.SaveLock held = lock;
        boolean[] resumed = {false};
        load(app, file, evenIfScenarioChanged, g -> {
            resumed[0] = true;
            app.resumeGame(g, file, held);
        }, () -> open(app, file, true));
        if (!resumed[0] && held != null) {
            held.close(); // not opened (a changed scenario asks first, and opens again if told to)
        }
    }

    /**
     * Opens {@code file} in the replay viewer, with the same handling of bad saves and changed
     * scenarios as {@link #open}. Only reads the file.
     */
    static void view(App app, Path file, boolean evenIfScenarioChanged) {
        load(app, file, evenIfScenarioChanged, g -> {
            app.push(new ReplayView(app, g.session(), g.meta(), name(file), ancestors(file, g.meta())));
            if (!g.warnings().isEmpty()) {
                app.push(new MessageView(app, Ui.t("load.warning_title"), String.join("\n\n", g.warnings())));
            }
        }, () -> view(app, file, true));
    }

    /** The saves a branch in {@code file} descends from, read from the same folder (parent first). */
    static java.util.List<org.amur.save.SaveInfo> ancestors(Path file, org.amur.save.SaveMeta meta) {
        Path folder = file.toAbsolutePath().getParent();
        return meta.parent() == null || folder == null ? java.util.List.of()
                : new org.amur.save.SaveStore(folder).ancestors(meta);
    }

    /** A save's name as the load screen lists it (the file name without {@code .json}). */
    static String name(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private static void load(App app, Path file, boolean evenIfScenarioChanged, Consumer<LoadedGame> then,
                             Runnable anyway) {
        LoadedGame g;
        try {
            g = app.config().saves().load(file, evenIfScenarioChanged);
        } catch (SaveException e) {
            if (e.kind() == SaveException.Kind.SCENARIO_CHANGED) {
                app.push(new ConfirmView(app, Ui.t("load.changed_title"), e.getMessage() + "\n\n"
                        + Ui.t("load.changed_question"), anyway));
            } else {
                app.push(new MessageView(app, Ui.t("load.failed_title"), e.getMessage()));
            }
            return;
        } catch (RuntimeException e) {
            app.push(new MessageView(app, Ui.t("load.failed_title"), Ui.t("load.failed_unexpected",
                    file.getFileName(), e.getClass().getSimpleName())));
            return;
        }
        for (String seat : java.util.List.of(g.meta().moscow(), g.meta().beijing())) {
            if (!Seats.valid(seat)) {
                app.push(new MessageView(app, Ui.t("load.failed_title"), Ui.t("load.unknown_seat", file.getFileName(),
                        org.amur.scenario.TextRules.sanitize(seat, false))));
                return;
            }
        }
        then.accept(g);
    }
}
