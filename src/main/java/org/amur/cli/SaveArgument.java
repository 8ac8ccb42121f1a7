package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.save.LoadedGame;
import org.amur.save.SaveException;
import org.amur.save.SaveStore;

/**
 * How the commands that read a saved game ({@code replay}, {@code report}) find and open it: a path to
 * a file, or the name of a save in the saves folder. Problems are told in one sentence on the error
 * writer, with a hint when the scenario has changed since the game was saved.
 */
final class SaveArgument {
    private SaveArgument() {
    }

    /** A save that opened: the file it came from and the replayed game. */
    record Opened(Path file, LoadedGame game) {
    }

    /**
     * Opens {@code save} (a path, or a name in the store's folder: a file name such as
     * {@code autosave-baseline-7} or a name given to "save as"). On failure prints why on {@code err}
     * and returns null; {@code command} is the subcommand named in the {@code --anyway} hint.
     */
    static Opened open(SaveStore store, String save, boolean anyway, String command, PrintWriter err) {
        try {
            Path file;
            try {
                file = org.amur.files.InputFile.path(save);
            } catch (org.amur.files.FileRefused e) {
                throw new SaveException(SaveException.Kind.NOT_FOUND, e.getMessage());
            }
            if (!Files.exists(file) && !save.contains("/") && !save.contains(java.io.File.separator)) {
                // a name as the saves folder lists it (autosaves included), with or without .json;
                // else a name as the game screen's "save as" would have written it
                Path listed = store.directory().resolve(save.endsWith(".json") ? save : save + ".json");
                if (save.startsWith(".") || !Files.isRegularFile(listed)) {
                    Path named = store.fileFor(save);
                    // neither: the sentence names the file as listed, not the save-as name (saved-autosave-...)
                    file = Files.exists(named) || save.startsWith(".") ? named : listed;
                } else {
                    file = listed;
                }
            }
            return new Opened(file, store.load(file, anyway));
        } catch (SaveException e) {
            err.println("amur: " + org.amur.scenario.TextRules.sanitize(e.getMessage(), false));
            if (e.kind() == SaveException.Kind.SCENARIO_CHANGED) {
                err.println(CliText.t("save.anyway", command, org.amur.scenario.TextRules.sanitize(save, false)));
            }
            err.flush();
            return null;
        }
    }
}
