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
import org.amur.files.FileRefused;
import org.amur.files.OutputTarget;

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
            // the same checks and atomic write as the command line's -o: never a device, a folder or a
            // link that leads nowhere; a report already there (this game's, by its name) is replaced
            OutputTarget out = OutputTarget.parse(target.toString());
            out.check(true, save);
            String scenarioArg = app.config().scenarios().argumentOr(game.session().scenario(), save);
            GameReport report = ReportBuilder.build(game.session(), game.meta(), List.of(), shown(save), scenarioArg);
            out.write(format.render(report).getBytes(StandardCharsets.UTF_8), null);
        } catch (FileRefused e) {
            say(e.getMessage(), Role.WARN);
            return;
        } catch (RuntimeException e) {
            say(Ui.t("report.failed", target, Ui.t("report.failed_inside")), Role.WARN);
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


    private void say(String s, Role role) {
        message = s;
        messageRole = role;
    }
}
