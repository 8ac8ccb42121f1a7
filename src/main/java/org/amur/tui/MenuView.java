package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.amur.save.SaveInfo;
import org.amur.save.SaveStore;

/** The main menu: new game, continue, load, scenarios, help, quit. */
final class MenuView implements View {
    private static final List<String> ITEMS = List.of("new", "continue", "load", "scenarios", "help", "quit");

    private final App app;
    private final String defaultScenario;
    private int index;
    private Optional<SaveInfo> latest = Optional.empty();
    private int saveCount;
    /** An autosave newer than the one Continue opens that cannot be read, said on the menu; or empty. */
    private String damaged = "";

    /** The saves folder, read off the first frame (on the bot worker); applied once it is done. */
    private final CompletableFuture<SaveStore.Scan> scan;
    private boolean scanned;

    MenuView(App app, String defaultScenario) {
        this.app = app;
        this.defaultScenario = defaultScenario;
        // Reading every save (JSON, the schema's classes) is not needed to draw the menu: the first frame
        // shows at once and the Continue and Load lines fill in when the scan is done.
        SaveStore saves = app.config().saves();
        scan = CompletableFuture.supplyAsync(saves::scan, app.config().botWorker());
        scan.whenComplete((r, e) -> app.post(this::scanned));
    }

    /** Applies the scan if it is done (on the UI thread). */
    private void scanned() {
        if (!scanned && scan.isDone()) {
            apply(scan.join());
        }
    }

    /** Waits for the scan (a key that needs the saves came before it was done) and applies it. */
    private void awaitScan() {
        if (!scanned) {
            apply(scan.join());
        }
    }

    private void apply(SaveStore.Scan result) {
        scanned = true;
        latest = result.latestAutosave();
        if (latest.isPresent() && !latest.get().over()) {
            app.warmForContinue(latest.get().file()); // while the player reads the menu
        }
        List<org.amur.save.UnreadableSave> broken = result.unreadable();
        saveCount = result.saves().size() + broken.size();
        damaged = "";
        for (org.amur.save.UnreadableSave b : broken) {
            if (!b.name().startsWith(org.amur.save.SaveStore.AUTOSAVE_PREFIX)) {
                continue;
            }
            try {
                java.time.Instant modified = java.nio.file.Files.getLastModifiedTime(b.file()).toInstant();
                if (latest.isEmpty() || modified.isAfter(latest.get().savedAt())) {
                    damaged = Ui.t("menu.damaged_autosave", b.name());
                }
            } catch (java.io.IOException e) {
                // gone meanwhile: nothing to say
            }
        }
    }

    private boolean enabled(String item) {
        if (!scanned && (item.equals("continue") || item.equals("load"))) {
            return true; // not known yet: choosing it waits for the scan
        }
        return switch (item) {
            case "continue" -> latest.isPresent();
            case "load" -> saveCount > 0;
            default -> true;
        };
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("app.name"), Ui.t("menu.subtitle"));
        int row = 2;
        c.text(3, row++, Ui.t("menu.banner"), Role.BOLD);
        for (String l : Canvas.wrap(Ui.t("menu.tagline"), c.width() - 6)) {
            c.text(3, row++, l, Role.DIM);
        }
        row++;
        // the notes start after the widest item (in this language) and may take the free row under their item
        int labelW = 0;
        for (String item : ITEMS) {
            labelW = Math.max(labelW, Canvas.columns(c.glyphs().pointer() + " " + Ui.t("menu.key." + item) + "  "
                    + Ui.t("menu." + item)));
        }
        labelW = Math.min(c.width() - 6, Math.min(40, labelW + 2));
        int extraCol = 3 + labelW + 2;
        int extraW = c.width() - extraCol - 1;
        for (int i = 0; i < ITEMS.size(); i++) {
            String item = ITEMS.get(i);
            boolean sel = i == index;
            boolean on = enabled(item);
            String label = Ui.t("menu." + item);
            String key = Ui.t("menu.key." + item);
            String extra = "";
            if (!scanned && (item.equals("continue") || item.equals("load"))) {
                extra = Ui.t("menu.scanning");
            } else if (item.equals("continue")) {
                extra = latest.map(s -> Ui.t("menu.continue_info", s.scenarioId(), s.turn(), Saves.when(s.savedAt()),
                        s.over() ? Ui.t("menu.over") : "")).orElse(Ui.t("menu.no_autosave"));
            } else if (item.equals("load")) {
                extra = saveCount == 0 ? Ui.t("menu.no_saves") : Ui.t("menu.saves_count", saveCount);
            } else if (item.equals("new")) {
                extra = Ui.t("menu.new_info", defaultScenario == null ? "baseline" : defaultScenario);
            }
            String text = (sel ? c.glyphs().pointer() + " " : "  ") + key + "  " + label;
            int y = row + i * 2;
            if (sel) {
                c.fill(3, y, labelW, Role.SELECTED);
            }
            c.text(3, y, labelW, text, sel ? Role.SELECTED : on ? Role.NORMAL : Role.DISABLED);
            List<String> lines = Canvas.wrap(extra, extraW);
            for (int l = 0; l < 2 && l < lines.size(); l++) {
                String line = l == 1 && lines.size() > 2 ? c.fitEllipsis(lines.get(1) + " " + lines.get(2), extraW)
                        : lines.get(l);
                c.text(extraCol, y + l, extraW, line, on ? Role.DIM : Role.DISABLED);
            }
        }
        int foot = row + ITEMS.size() * 2 + 1;
        if (!damaged.isEmpty()) {
            for (String l : Canvas.wrap(damaged, c.width() - 6)) {
                if (foot < c.height() - 1) {
                    c.text(3, foot++, l, Role.WARN);
                }
            }
        }
        for (String l : Canvas.wrap(Ui.t("menu.footer", app.config().saves().directory()), c.width() - 6)) {
            if (foot < c.height() - 1) {
                c.text(3, foot++, l, Role.DIM);
            }
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.menu"));
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.up(k)) {
            index = (index + ITEMS.size() - 1) % ITEMS.size();
        } else if (Keys.down(k)) {
            index = (index + 1) % ITEMS.size();
        } else if (Keys.enter(k)) {
            activate(ITEMS.get(index));
        } else if (Keys.is(k, com.googlecode.lanterna.input.KeyType.Escape)) {
            activate("quit");
        } else {
            for (String item : ITEMS) {
                int key = Ui.binding("menu.key." + item);
                if (key >= 0 && Keys.ch(k, key)) {
                    index = ITEMS.indexOf(item);
                    activate(item);
                    return;
                }
            }
        }
    }

    private void activate(String item) {
        if (item.equals("continue") || item.equals("load")) {
            awaitScan();
        }
        if (!enabled(item)) {
            return;
        }
        switch (item) {
            case "new" -> app.push(new NewGameView(app, defaultScenario, null, null, null));
            case "continue" -> Saves.open(app, latest.get().file(), false);
            case "load" -> app.push(new LoadView(app));
            case "scenarios" -> app.push(new ScenariosView(app));
            case "help" -> app.push(new HelpView(app));
            case "quit" -> app.quit("");
            default -> throw new IllegalStateException(item);
        }
    }
}
