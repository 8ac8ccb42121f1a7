package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.amur.report.GameReport;
import org.amur.report.ReportBuilder;
import org.amur.report.ReportFormat;
import org.amur.save.AtomicFiles;

/**
 * The after-action report of the game on screen, written next to its save: for a save
 * {@code saves/NAME.json} the report is {@code saves/NAME.report.html} (or {@code .md}, {@code .csv}),
 * replaced atomically. The same report as {@code amur report}, built from the game in memory, which is
 * the game in the save. Problems are told in one sentence.
 */
final class ReportView extends DocView {
    private final Game game;
    private String message = "";
    private Role messageRole = Role.NORMAL;
    private Path written;

    ReportView(App app, Game game) {
        super(app);
        this.game = game;
    }

    Path written() {
        return written;
    }

    String message() {
        return message;
    }

    @Override
    String title() {
        return Ui.t("report.title", game.info().title());
    }

    /** Where the report in {@code format} goes: beside the save, named after it. */
    static Path target(Path save, ReportFormat format) {
        String name = save.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5)
                : name;
        return save.resolveSibling(base + ".report" + format.extension());
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        Path save = game.saving().lastSave();
        d.para(save == null ? Ui.t("report.no_save") : Ui.t("report.intro", save.getParent()));
        d.blank();
        for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.MD, ReportFormat.CSV)) {
            d.row(new Span("  " + Ui.t("report.key." + f.id()) + "  ", Role.KEY),
                    new Span(Ui.t("report.format." + f.id()), Role.NORMAL));
        }
        d.blank();
        if (!message.isEmpty()) {
            d.para(message, messageRole);
        }
        return d;
    }

    @Override
    String keys() {
        return Ui.t("keys.report");
    }

    @Override
    public void key(KeyStroke k) {
        if (scroller.key(k, page)) {
            return;
        }
        if (Keys.ch(k, 'h') || Keys.enter(k)) {
            write(ReportFormat.HTML);
        } else if (Keys.ch(k, 'm')) {
            write(ReportFormat.MD);
        } else if (Keys.ch(k, 'c')) {
            write(ReportFormat.CSV);
        } else if (Keys.back(k)) {
            app.pop();
        }
    }

    /** Writes the report; afterwards {@link #message()} says where, or why it could not. */
    void write(ReportFormat format) {
        Path save = game.saving().lastSave() != null ? game.saving().lastSave() : game.match().autosave();
        if (save == null) {
            say(Ui.t("report.no_save_now", game.match().saveProblem()), Role.WARN);
            return;
        }
        Path target = target(save, format);
        try {
            GameReport report = ReportBuilder.build(game.session(), game.meta(), List.of(), shown(save));
            AtomicFiles.write(target, format.render(report).getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException | RuntimeException e) {
            say(Ui.t("report.failed", target, reason(e)), Role.WARN);
            return;
        }
        try {
            // a report is a handout: readable by others, like a file the user would make
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: it keeps what the system gave it
        }
        written = target;
        say(Ui.t("report.written", Ui.t("report.name." + format.id()), target), Role.GOOD);
    }

    /** The save as the report names it (in its replay command): relative to here when it is below here. */
    private static String shown(Path save) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = save.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }

    /** {@code DirectoryNotEmptyException} becomes {@code directory not empty}: words, not a class name. */
    static String reason(Exception e) {
        String words = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT).strip();
        String m = e.getMessage();
        return (words.isEmpty() ? "error" : words) + (m == null || m.isBlank() ? "" : ": " + Canvas.clean(m));
    }

    private void say(String s, Role role) {
        message = s;
        messageRole = role;
    }
}
