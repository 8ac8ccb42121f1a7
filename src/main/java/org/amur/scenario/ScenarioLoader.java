package org.amur.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and loads scenario files. Loading always runs every check; a file with errors comes back as a
 * {@link ScenarioException} listing all of them, never as a half-built scenario.
 */
public final class ScenarioLoader {
    /** The scenario {@code ./amur} plays when none is named. */
    public static final String DEFAULT_ID = "baseline";

    private final Path directory;

    /** @param directory the scenarios folder (normally {@code scenarios/} in the Amur folder) */
    public ScenarioLoader(Path directory) {
        this.directory = directory;
    }

    /** The scenarios folder of this installation: {@code $AMUR_HOME/scenarios}, else {@code ./scenarios}. */
    public static ScenarioLoader forInstallation() {
        return new ScenarioLoader(Home.path().resolve("scenarios"));
    }

    public Path directory() {
        return directory;
    }

    /** Loads one file. */
    public static LoadedScenario load(Path file) throws ScenarioException {
        String name = org.amur.files.Names.shown(file.toString());
        String json;
        try {
            json = decode(org.amur.files.InputFile.read(file, StrictJson.MAX_FILE_BYTES, "a scenario"), name);
        } catch (org.amur.files.FileRefused e) {
            throw single(name, e.detail());
        }
        LoadedScenario kept = keptInSave(name, json);
        return kept != null ? kept : parse(name, json);
    }

    /**
     * A save file carries the scenario it was played with ({@code "scenario": {"text": ...}}): a save may be
     * named wherever a scenario file may, which is how a game from a folder that is gone can be played
     * again. Returns null when {@code json} is not a save.
     */
    private static LoadedScenario keptInSave(String name, String json) throws ScenarioException {
        if (!json.stripLeading().startsWith("{") || !json.contains("\"amur-save\"")) {
            return null;
        }
        tools.jackson.databind.JsonNode root;
        try {
            root = StrictJson.mapper().readTree(json);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
        if (root == null || !"amur-save".equals(root.path("format").asText(""))) {
            return null;
        }
        tools.jackson.databind.JsonNode text = root.path("scenario").path("text");
        if (!text.isString()) {
            throw single(name, Problems.t("load.save_without_scenario", root.path("scenario").path("id").asText("?")));
        }
        LoadedScenario kept = parse(Problems.t("load.kept_in_save", name), text.stringValue());
        if (!kept.sha256().equals(root.path("scenario").path("sha256").asText(""))) {
            throw single(name, Problems.t("load.kept_edited"));
        }
        return kept;
    }

    /**
     * {@link #argumentFor}, else the absolute path of {@code save}, a save that carries the scenario: what a
     * play-again command gives {@code --scenario} for a game saved there.
     */
    public String argumentOr(LoadedScenario s, Path save) {
        return argumentFor(s).orElse(save.toAbsolutePath().toString());
    }

    /**
     * How to name {@code s} on a command line so that {@code ./amur play --scenario ...} finds this very
     * scenario: its id when the scenarios folder holds the same file, else the absolute path of the file it
     * was read from if that is still the same, else empty (then only a save that carries it can name it).
     */
    public Optional<String> argumentFor(LoadedScenario s) {
        Path installed = directory.resolve(s.id() + ".json");
        if (Files.isRegularFile(installed) && sameFile(installed, s)) {
            return Optional.of(s.id());
        }
        try {
            Path source = Path.of(s.source());
            if (Files.isRegularFile(source) && sameFile(source, s)) {
                return Optional.of(source.toAbsolutePath().normalize().toString());
            }
        } catch (java.nio.file.InvalidPathException e) {
            // a scenario kept in a save has no file of its own
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path file, LoadedScenario s) {
        try {
            if (Files.size(file) > StrictJson.MAX_FILE_BYTES) {
                return false;
            }
            String text = decode(Files.readAllBytes(file), file.toString());
            return ScenarioReader.sha256(text).equals(s.sha256());
        } catch (IOException | ScenarioException e) {
            return false;
        }
    }

    /** Loads a document already in memory; {@code name} is used in problem reports. */
    public static LoadedScenario parse(String name, String json) throws ScenarioException {
        ScenarioReader reader = new ScenarioReader(name, json);
        LoadedScenario loaded = reader.read();
        if (loaded == null) {
            throw new ScenarioException(reader.problems());
        }
        return loaded;
    }

    /** Every problem in a file, errors and warnings, without throwing (for {@code amur validate}). */
    public static List<Problem> check(Path file) {
        try {
            return load(file).warnings();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /**
     * Resolves what a user typed: a path to a file, or the id of a scenario in the scenarios folder
     * (its file is {@code <id>.json}).
     */
    public LoadedScenario resolve(String idOrPath) throws ScenarioException {
        Path asPath;
        try {
            asPath = org.amur.files.InputFile.path(idOrPath);
        } catch (org.amur.files.FileRefused e) {
            throw single(org.amur.files.Names.shown(idOrPath), e.detail());
        }
        if (idOrPath.endsWith(".json") || idOrPath.contains("/") || Files.isRegularFile(asPath)) {
            return load(asPath);
        }
        if (!idOrPath.matches("[a-z0-9][a-z0-9_-]*")) {
            throw single(org.amur.files.Names.shown(idOrPath),
                    Problems.t("load.not_an_id"));
        }
        Path file = directory.resolve(idOrPath + ".json");
        if (!Files.isRegularFile(file)) {
            List<String> ids = new ArrayList<>();
            for (Path p : files()) {
                String n = p.getFileName().toString();
                ids.add(n.substring(0, n.length() - ".json".length()));
            }
            throw single(idOrPath, ids.isEmpty() ? Problems.t("load.no_id_empty_folder", directory)
                    : Problems.t("load.no_id", ScenarioReader.didYouMean(idOrPath, ids).replaceFirst("^ \"[^\"]*\"", ""),
                            String.join(", ", ids)));
        }
        LoadedScenario loaded = load(file);
        if (!loaded.id().equals(idOrPath)) {
            throw single(file.toString(), Problems.t("load.id_mismatch", idOrPath + ".json", loaded.id()));
        }
        return loaded;
    }

    /** Scenario files in the folder, sorted by name. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.json")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    /** Loads a scenario bundled in the jar's resources (used by tests and as a last resort). */
    public static Optional<LoadedScenario> bundled(String id) throws ScenarioException {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + id + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(id + ".json", decode(in.readAllBytes(), id + ".json")));
        } catch (IOException e) {
            throw single(id, Problems.t("load.unreadable"));
        }
    }

    private static String decode(byte[] bytes, String name) throws ScenarioException {
        try {
            String s = org.amur.files.Utf8.decode(bytes);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (org.amur.files.Utf8.Malformed e) {
            throw new ScenarioException(List.of(new Problem(name, e.line(), e.column(), "", Problem.Severity.ERROR,
                    Problems.t("load.not_utf8"))));
        }
    }

    /** Whether {@code e} says there is no scenario with the id asked for (in any language). */
    public static boolean isUnknownId(ScenarioException e) {
        String a = prefix(Problems.t("load.no_id", "\0", ""));
        String b = prefix(Problems.t("load.no_id_empty_folder", "\0"));
        return e.problems().stream().anyMatch(p -> p.message().startsWith(a) || p.message().startsWith(b));
    }

    private static String prefix(String s) {
        int cut = s.indexOf('\0');
        return cut < 0 ? s : s.substring(0, cut);
    }

    static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, 0, "", Problem.Severity.ERROR, message)));
    }
}
