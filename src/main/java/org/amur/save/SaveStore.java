package org.amur.save;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amur.engine.StateDigest;
import org.amur.scenario.Home;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;

/**
 * The saves folder. Autosaves are named after the game ({@code autosave-<scenario>-<seed>.json}), named
 * saves after what the user typed (cleaned so it cannot leave the folder). Every write is atomic and
 * keeps the previous version as {@code .bak}; a file that does not load is moved aside, never overwritten.
 */
public final class SaveStore {
    public static final String AUTOSAVE_PREFIX = "autosave-";
    /** The largest save read; the same limit as {@code StrictJson.saveMapper()}'s document length. */
    private static final long MAX_BYTES = org.amur.scenario.StrictJson.MAX_SAVE_BYTES;

    private final Path dir;
    private final ScenarioLoader scenarios;
    private final Clock clock;

    public SaveStore(Path dir) {
        this(dir, ScenarioLoader.forInstallation(), Clock.systemUTC());
    }

    public SaveStore(Path dir, ScenarioLoader scenarios, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.scenarios = scenarios;
        this.clock = clock;
    }

    /** {@code $AMUR_HOME/saves}. */
    public static SaveStore forInstallation() {
        return new SaveStore(Home.path().resolve("saves"));
    }

    public Path directory() {
        return dir;
    }

    /**
     * Saves the game to {@link #autosaveFile}, whatever is there; returns the file. Front ends use
     * {@link #newAutosaveFile} once per game and {@link #autosave(Path, Session, SaveMeta)}, so that a
     * second game with the same scenario and seed never writes over the first one's autosave.
     */
    public Path autosave(Session s, SaveMeta meta) throws SaveException {
        return write(autosaveFile(s, meta), s, meta);
    }

    /**
     * Saves the game to its own autosave {@code file} (from {@link #newAutosaveFile}, or the autosave it
     * was resumed from); returns the file.
     */
    public Path autosave(Path file, Session s, SaveMeta meta) throws SaveException {
        Path f = file.toAbsolutePath().normalize();
        if (!dir.equals(f.getParent()) || !f.getFileName().toString().startsWith(AUTOSAVE_PREFIX)) {
            throw new IllegalArgumentException("not an autosave file of " + dir + ": " + file);
        }
        return write(f, s, meta);
    }

    /**
     * The autosave file for a game starting now: {@link #autosaveFile}, or if a file of that name (or its
     * backup, or a damaged one moved aside) is already there, the same name with {@code -2}, {@code -3}...
     * A class that plays seed 42 twice keeps both games.
     */
    public Path newAutosaveFile(Session s, SaveMeta meta) {
        Path preferred = autosaveFile(s, meta);
        String base = preferred.getFileName().toString();
        base = base.substring(0, base.length() - ".json".length());
        Path file = preferred;
        for (int i = 2; taken(file); i++) {
            file = dir.resolve(base + "-" + i + ".json");
        }
        return file;
    }

    /**
     * {@link #newAutosaveFile} for a game starting now, claimed for it ({@link SaveLock}) so that no other
     * game, here or in another copy of Amur, takes the same name; null when no lock can be made in the
     * folder (its saves will fail and say why).
     */
    public SaveLock claimNewAutosave(Session s, SaveMeta meta) {
        Path preferred = autosaveFile(s, meta);
        String base = preferred.getFileName().toString();
        base = base.substring(0, base.length() - ".json".length());
        Path file = preferred;
        for (int i = 2; i < 100_000; i++) {
            if (!taken(file)) {
                try {
                    return SaveLock.acquire(file);
                } catch (SaveException e) {
                    if (e.kind() != SaveException.Kind.LOCKED) {
                        return null;
                    }
                    // another game starting now has this one: the next name
                }
            }
            file = dir.resolve(base + "-" + i + ".json");
        }
        return null;
    }

    private static boolean taken(Path file) {
        return Files.exists(file) || Files.exists(AtomicFiles.backupOf(file))
                || Files.exists(file.resolveSibling(file.getFileName() + ".unreadable-1"));
    }

    /**
     * Where a game autosaves: {@code autosave-<scenario>-<seed>.json}. A branched game has its parent's
     * scenario and seed, so it autosaves to {@code autosave-<parent>-from-t<turn>.json} instead and never
     * overwrites its parent's autosave.
     */
    public Path autosaveFile(Session s, SaveMeta meta) {
        String plain = AUTOSAVE_PREFIX + s.scenario().id() + "-" + s.seed(); // as the screen and --seed show it
        if (meta.parent() == null) {
            return dir.resolve(plain + ".json");
        }
        String branch = branchName(meta.parent(), meta.parentTurn());
        Path file = dir.resolve(AUTOSAVE_PREFIX + (branch.isEmpty() ? plain.substring(AUTOSAVE_PREFIX.length())
                + "-from-t" + meta.parentTurn() : branch) + ".json").normalize();
        if (file.getFileName().toString().equals(meta.parent() + ".json") || !dir.equals(file.getParent())) {
            file = dir.resolve(plain + "-branch-t" + meta.parentTurn() + ".json");
        }
        return file;
    }

    /**
     * The name of a branch of the save {@code parent} at {@code turn}: the parent's name without the
     * autosave prefix, then {@code -from-t<turn>}, cleaned like a user's save name (empty if nothing of
     * the parent's name is left).
     */
    public static String branchName(String parent, int turn) {
        String p = clean(parent == null ? "" : parent, 60);
        if (p.startsWith(AUTOSAVE_PREFIX)) {
            p = p.substring(AUTOSAVE_PREFIX.length());
        }
        String suffix = "-from-t" + turn;
        p = p.length() > 60 - suffix.length() ? p.substring(0, 60 - suffix.length()) : p;
        p = p.replaceAll("-+$", "");
        return p.isEmpty() ? "" : p + suffix;
    }

    /**
     * A save name based on {@code base} that no file in the folder has yet: {@code base}, else
     * {@code base-2}, {@code base-3}... (as {@link #fileFor} would clean it).
     */
    public String unusedName(String base) throws SaveException {
        String clean = fileFor(base).getFileName().toString();
        clean = clean.substring(0, clean.length() - 5);
        String name = clean;
        for (int i = 2; Files.exists(fileFor(name)) || Files.exists(AtomicFiles.backupOf(fileFor(name))); i++) {
            String suffix = "-" + i;
            // names are at most 60 characters: shorten the base so the number always survives
            String stem = clean.length() + suffix.length() > 60 ? clean.substring(0, 60 - suffix.length()) : clean;
            name = stem + suffix;
            if (i > 100_000) {
                throw new SaveException(SaveException.Kind.BAD_NAME, SaveFormat.t("name.too_many", clean));
            }
        }
        return name;
    }

    /**
     * Saves the game under a name the user chose; returns the file. A name that already holds another game
     * (another scenario, seed or rules, or moves that part from this game's) is refused in one sentence, so
     * that two tables typing the same name never write over each other; the same game, as it was or further
     * on, replaces its own save.
     */
    public Path save(Session s, String name, SaveMeta meta) throws SaveException {
        Path file = fileFor(name);
        refuseAnotherGame(file, s);
        return write(file, s, meta);
    }

    private static void refuseAnotherGame(Path file, Session s) throws SaveException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        SaveFormat.Data old;
        try {
            old = SaveFormat.read(file.getFileName().toString(), readText(file));
        } catch (SaveException e) {
            return; // not a save we can read: the write moves it aside, never over it
        }
        List<org.amur.engine.Action> now = s.actions();
        boolean sameGame = old.scenarioId().equals(s.scenario().id()) && old.seed() == s.seed()
                && old.rules().version() == s.rules().version() && old.log().size() <= now.size()
                && old.log().equals(now.subList(0, old.log().size()));
        if (!sameGame) {
            String name = file.getFileName().toString();
            throw new SaveException(SaveException.Kind.BAD_NAME, SaveFormat.t("name.other_game",
                    org.amur.files.Names.shown(name.substring(0, name.length() - ".json".length())),
                    org.amur.scenario.TextRules.sanitize(old.scenarioId(), false), String.valueOf(old.seed()), old.turn()));
        }
    }

    /**
     * Saves a copy of the game somewhere other than the saves folder (when that folder cannot be written,
     * say): {@code typed} is a path, {@code ~/} for the home folder, {@code .json} added when missing; a
     * folder gets a file named after the game. Nothing is written over: an existing file, a device, a pipe
     * or a missing folder is refused with one sentence. Returns the file written.
     */
    public Path saveElsewhere(Session s, String typed, SaveMeta meta) throws SaveException {
        String t = typed == null ? "" : typed.strip();
        if (t.equals("~") || t.startsWith("~/")) {
            t = System.getProperty("user.home") + t.substring(1);
        }
        Path file;
        try {
            // a relative path is taken from the folder Amur was started in; the file is told by its full path
            file = Path.of(t).toAbsolutePath().normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve(clean(s.scenario().id(), 40) + "-" + s.seed() + ".json");
            } else if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                file = file.resolveSibling(file.getFileName() + ".json");
            }
        } catch (java.nio.file.InvalidPathException | NullPointerException e) {
            throw new SaveException(SaveException.Kind.BAD_NAME, SaveLock.TEXT.format("elsewhere.bad",
                    org.amur.files.Names.shown(t)));
        }
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new SaveException(SaveException.Kind.BAD_NAME, SaveLock.TEXT.format("elsewhere.exists",
                    org.amur.files.Names.shown(file.toString())));
        }
        try {
            org.amur.files.OutputTarget target = org.amur.files.OutputTarget.parse(file.toString());
            target.check(true);
            Instant now = clock.instant();
            target.write(SaveFormat.write(s, meta, now, now), null);
        } catch (org.amur.files.FileRefused e) {
            throw new SaveException(SaveException.Kind.WRITE_FAILED, e.getMessage(), e);
        }
        return file;
    }

    /**
     * The file a user-chosen name maps to: letters and digits of any language, {@code - _ .} and spaces kept
     * (spaces and dots become {@code -}), anything else dropped; never outside the folder, never hidden, never an autosave name.
     */
    public Path fileFor(String name) throws SaveException {
        String clean = clean(name == null ? "" : name, 60);
        if (clean.isEmpty()) {
            throw new SaveException(SaveException.Kind.BAD_NAME,
                    SaveFormat.t("name.empty"));
        }
        if (clean.startsWith(AUTOSAVE_PREFIX)) {
            clean = "saved-" + clean;
        }
        Path file;
        try {
            file = dir.resolve(clean + ".json").normalize();
        } catch (java.nio.file.InvalidPathException e) {
            // letters the system's file names cannot hold (java -jar under a C locale)
            throw new SaveException(SaveException.Kind.BAD_NAME, SaveFormat.t("name.unencodable",
                    org.amur.files.Names.shown(clean)));
        }
        if (!file.getParent().equals(dir)) {
            throw new SaveException(SaveException.Kind.BAD_NAME, SaveFormat.t("name.outside"));

        }
        return file;
    }

    /**
     * A name cut down to letters and digits of any language (composed, NFC), {@code - _} ({@code .} and spaces
     * become {@code -}), at most {@code max} characters and {@code 3 * max} bytes of UTF-8, so that the file
     * name with its {@code .json.unreadable-N} or lock stays within a file system's 255 bytes.
     */
    private static String clean(String name, int max) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).strip();
        if (n.toLowerCase(Locale.ROOT).endsWith(".json")) {
            n = n.substring(0, n.length() - 5);
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int bytes = 0;
        for (int i = 0; i < n.length() && count < max; ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            String add;
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                add = new String(Character.toChars(c));
            } else if (c == ' ' || c == '.') {
                add = "-";
            } else {
                continue;
            }
            int b = add.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + b > 3 * max) {
                break;
            }
            sb.append(add);
            count++;
            bytes += b;
        }
        return sb.toString().replaceAll("-{2,}", "-").replaceAll("^[-_]+", "");
    }

    private boolean sweptTemporaries;

    /** Removes temporary files left by a write that was killed half-way (they are never read). */
    private void sweepTemporaries() {
        if (sweptTemporaries || !Files.isDirectory(dir)) {
            return;
        }
        sweptTemporaries = true;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".amur-*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // leftovers are harmless
        }
    }

    /**
     * Writes the save, unless another game has {@code file} open ({@link SaveLock}): a game this process
     * holds is written as it is; any other file is locked for the moment of the write, so a copy of Amur
     * that did not open the game cannot write over the turns of the one that did.
     */
    private Path write(Path file, Session s, SaveMeta meta) throws SaveException {
        if (SaveLock.heldHere(file)) {
            return writeLocked(file, s, meta);
        }
        SaveLock moment;
        try {
            moment = SaveLock.acquire(file);
        } catch (SaveException e) {
            if (e.kind() == SaveException.Kind.LOCKED) {
                throw e;
            }
            return writeLocked(file, s, meta); // no lock can be made here: the write says why it fails
        }
        try (moment) {
            return writeLocked(file, s, meta);
        }
    }

    private Path writeLocked(Path file, Session s, SaveMeta meta) throws SaveException {
        sweepTemporaries();
        Instant now = clock.instant();
        Instant created = now;
        boolean keepBackup = true;
        if (Files.isRegularFile(file)) {
            try {
                SaveFormat.Data old = SaveFormat.read(file.getFileName().toString(), readText(file));
                created = old.scenarioId().equals(s.scenario().id()) && old.seed() == s.seed() ? old.createdAt() : now;
            } catch (SaveException e) {
                // Never overwrite a save we cannot read: move it aside for the user to inspect.
                moveAside(file);
                keepBackup = false;
            }
        }
        boolean earlier = keepBackup && Files.isRegularFile(file);
        try {
            AtomicFiles.write(file, SaveFormat.write(s, meta, created, now), keepBackup);
        } catch (IOException e) {
            // only a save that was there before can be "unchanged"; a first save that fails leaves nothing
            throw new SaveException(SaveException.Kind.WRITE_FAILED, SaveLock.TEXT.format(earlier
                    ? "write.failed_kept" : "write.failed_none", org.amur.files.Names.shown(file.toString()),
                    reason(e)), e);
        }
        return file;
    }

    private void moveAside(Path file) throws SaveException {
        try {
            for (int i = 1; ; i++) {
                Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + i);
                if (!Files.exists(aside)) {
                    Files.move(file, aside);
                    return;
                }
            }
        } catch (IOException e) {
            throw new SaveException(SaveException.Kind.WRITE_FAILED, SaveFormat.t("write.aside_failed", file,
                    reason(e)), e);
        }
    }

    /** The backup of a save, if there is one. */
    public Optional<Path> backupOf(Path file) {
        Path bak = AtomicFiles.backupOf(file);
        return Files.isRegularFile(bak) ? Optional.of(bak) : Optional.empty();
    }

    /**
     * The folder's saves, read once: those that can be listed (newest first) and the {@code .json} files
     * that do not read as saves (by name). The main menu takes one off its first frame.
     */
    public record Scan(List<SaveInfo> saves, List<UnreadableSave> unreadable) {
        public Scan {
            saves = List.copyOf(saves);
            unreadable = List.copyOf(unreadable);
        }

        /** The most recently saved autosave, for "continue". */
        public Optional<SaveInfo> latestAutosave() {
            return saves.stream().filter(i -> i.name().startsWith(AUTOSAVE_PREFIX)).findFirst();
        }
    }

    /** Reads every save of the folder once (see {@link Scan}). */
    public Scan scan() {
        List<SaveInfo> out = new ArrayList<>();
        List<UnreadableSave> bad = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Scan(out, bad);
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String name = p.getFileName().toString();
                try {
                    out.add(infoOf(p, name.substring(0, name.length() - 5)));
                } catch (SaveException e) {
                    // not listable; load() would say why
                    bad.add(new UnreadableSave(p, name.substring(0, name.length() - 5), e.getMessage(),
                            backupOf(p).orElse(null)));
                }
            }
        } catch (IOException e) {
            // the folder went away or cannot be read: what was read so far
        }
        out.sort(Comparator.comparing(SaveInfo::savedAt).reversed().thenComparing(i -> i.file().toString()));
        bad.sort(Comparator.comparing(UnreadableSave::name));
        return new Scan(out, bad);
    }

    private static SaveInfo infoOf(Path p, String name) throws SaveException {
        SaveFormat.Data d = SaveFormat.read(org.amur.files.Names.shown(name + ".json"), readText(p));
        return new SaveInfo(p, name, d.scenarioId(), d.turn(), d.savedAt(), d.over(), d.meta().parent(),
                d.meta().parentTurn());
    }

    /**
     * The saves of this folder a branch descends from, its parent first, then the parent's parent and so on
     * (each names the next with its {@code parent}); ends at the first one that is missing, cannot be read, or
     * was seen already. Only reads the files.
     */
    public List<SaveInfo> ancestors(SaveMeta meta) {
        List<SaveInfo> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String name = meta.parent();
        while (name != null && out.size() < 64 && seen.add(name)) {
            Path p;
            try {
                p = dir.resolve(name + ".json").normalize();
            } catch (java.nio.file.InvalidPathException e) {
                break;
            }
            if (!dir.equals(p.getParent()) || !Files.isRegularFile(p)) {
                break;
            }
            try {
                SaveInfo i = infoOf(p, name);
                out.add(i);
                name = i.parent();
            } catch (SaveException e) {
                break;
            }
        }
        return out;
    }

    /** Every save that can be listed, newest first. Files that cannot be read are left out. */
    public List<SaveInfo> list() {
        return new ArrayList<>(scan().saves());
    }

    /**
     * The {@code .json} files of the folder that do not read as saves, by name, each with the reason
     * and its backup if there is one: the load screen shows them rather than hiding them.
     */
    public List<UnreadableSave> unreadable() {
        return new ArrayList<>(scan().unreadable());
    }

    /** The most recently saved autosave, for "continue". */
    public Optional<SaveInfo> latestAutosave() {
        return list().stream().filter(i -> i.name().startsWith(AUTOSAVE_PREFIX)).findFirst();
    }

    /** Loads a save by replaying it; refuses a save whose scenario changed. */
    public LoadedGame load(Path file) throws SaveException {
        return load(file, false);
    }

    /**
     * Loads a save by replaying it. With {@code evenIfScenarioChanged}, a save made with an earlier
     * version of its scenario is replayed on the current one if its moves are still legal there, with a
     * warning that the game may differ.
     */
    public LoadedGame load(Path file, boolean evenIfScenarioChanged) throws SaveException {
        String name = org.amur.files.Names.shown(file.getFileName() == null ? file.toString()
                : file.getFileName().toString());
        SaveFormat.Data d = SaveFormat.read(name, readText(file));
        LoadedScenario scenario = d.scenarioText() == null ? null : keptScenario(name, d);
        try {
            if (scenario == null) {
                scenario = scenarios.resolve(d.scenarioId());
            }
        } catch (ScenarioException e) {
            throw new SaveException(SaveException.Kind.UNKNOWN_SCENARIO, ScenarioLoader.isUnknownId(e)
                    ? SaveFormat.t("open.scenario_missing", name, d.scenarioId(), scenarios.directory())
                    : SaveFormat.t("open.scenario_broken", name, d.scenarioId(),
                            scenarios.directory().resolve(d.scenarioId() + ".json")));
        }
        List<String> warnings = new ArrayList<>();
        boolean changed = !scenario.sha256().equals(d.scenarioSha());
        if (d.turns() != 0 && d.turns() != scenario.turns()) {
            Optional<String> why = scenario.whyNotTurns(d.turns());
            if (why.isPresent() && !changed) {
                throw new SaveException(SaveException.Kind.DAMAGED, SaveFormat.t("open.turns_not_allowed", name,
                        d.turns()));
            }
            if (why.isPresent()) {
                throw new SaveException(SaveException.Kind.DOES_NOT_REPLAY, SaveFormat.t("open.turns_changed", name,
                        d.turns(), d.scenarioId()));
            }
            scenario = scenario.withTurns(d.turns());
        }
        if (changed && !evenIfScenarioChanged) {
            throw new SaveException(SaveException.Kind.SCENARIO_CHANGED, SaveFormat.t("open.scenario_changed", name,
                    d.scenarioId()));
        }
        if (changed) {
            warnings.add(SaveFormat.t("open.replayed_on_changed", d.scenarioId()));
        }
        Session session;
        try {
            session = Session.replay(scenario, d.seed(), d.log(), d.rules());
        } catch (Session.ReplayException e) {
            throw new SaveException(SaveException.Kind.DOES_NOT_REPLAY, SaveFormat.t("open.move_refused", name,
                    e.index() + 1, e.action().side() == null ? SaveFormat.t("open.facilitator")
                            : e.action().side().displayName(), e.rejection().message(), changed ? "changed" : "same"));
        }
        if (!changed) {
            for (SaveFormat.Checkpoint cp : d.checkpoints()) {
                if (cp.turn() < 2 || cp.turn() > session.resolvedTurns() + 1
                        || !StateDigest.of(session.stateAtTurnStart(cp.turn())).equals(cp.digest())) {
                    throw notSameGame(name, cp.turn());
                }
            }
            if (d.checkpoints().size() != session.resolvedTurns()
                    || !StateDigest.of(session.state()).equals(d.finalDigest())) {
                throw notSameGame(name, session.state().turn());
            }
        }
        return new LoadedGame(session, d.meta(), warnings);
    }

    /**
     * The copy of the scenario a save carries, checked against its recorded hash; null when this version of
     * Amur cannot read that copy (a newer scenario format), so the scenarios folder is tried instead.
     */
    private static LoadedScenario keptScenario(String name, SaveFormat.Data d) throws SaveException {
        LoadedScenario kept;
        try {
            kept = ScenarioLoader.parse(SaveFormat.t("open.kept_scenario", d.scenarioId() + ".json", name),
                    d.scenarioText());
        } catch (ScenarioException e) {
            return null;
        }
        if (!kept.sha256().equals(d.scenarioSha()) || !kept.id().equals(d.scenarioId())) {
            throw new SaveException(SaveException.Kind.DAMAGED, SaveFormat.t("open.kept_edited", name));
        }
        return kept;
    }

    private static SaveException notSameGame(String name, int turn) {
        return new SaveException(SaveException.Kind.DOES_NOT_REPLAY, SaveFormat.t("open.not_same_game", name, turn));
    }

    private static String readText(Path file) throws SaveException {
        String name = org.amur.files.Names.shown(file.getFileName() == null ? file.toString()
                : file.getFileName().toString());
        byte[] bytes;
        try {
            bytes = org.amur.files.InputFile.read(file, MAX_BYTES, "a save");
        } catch (org.amur.files.FileRefused e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> new SaveException(SaveException.Kind.NOT_FOUND, SaveFormat.t("open.not_found",
                        org.amur.files.Names.shown(file.toString())));
                case NOT_REGULAR, TOO_LARGE -> new SaveException(SaveException.Kind.NOT_A_SAVE, e.getMessage());
                default -> new SaveException(SaveException.Kind.UNREADABLE, e.getMessage());
            };
        }
        try {
            return org.amur.files.Utf8.decode(bytes);
        } catch (org.amur.files.Utf8.Malformed e) {
            throw new SaveException(SaveException.Kind.NOT_A_SAVE, SaveFormat.t("open.not_text", name, e.line(),
                    e.column()));
        }
    }

    private static String reason(IOException e) {
        return org.amur.files.InputFile.why(e);
    }
}
