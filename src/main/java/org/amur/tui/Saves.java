package org.amur.tui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
        LoadedGame g;
        try {
            g = app.config().saves().load(file, evenIfScenarioChanged);
        } catch (SaveException e) {
            if (e.kind() == SaveException.Kind.SCENARIO_CHANGED) {
                app.push(new ConfirmView(app, Ui.t("load.changed_title"), e.getMessage() + "\n\n"
                        + Ui.t("load.changed_question"), () -> open(app, file, true)));
            } else {
                app.push(new MessageView(app, Ui.t("load.failed_title"), e.getMessage()));
            }
            return;
        } catch (RuntimeException e) {
            app.push(new MessageView(app, Ui.t("load.failed_title"), Ui.t("load.failed_unexpected",
                    file.getFileName(), e.getClass().getSimpleName())));
            return;
        }
        app.resumeGame(g);
    }
}
