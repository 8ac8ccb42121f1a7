package org.amur.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        return parse(name, json);
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
                    "not a scenario id or file; list the scenarios with: amur scenarios");
        }
        Path file = directory.resolve(idOrPath + ".json");
        if (!Files.isRegularFile(file)) {
            List<String> ids = new ArrayList<>();
            for (Path p : files()) {
                String n = p.getFileName().toString();
                ids.add(n.substring(0, n.length() - ".json".length()));
            }
            throw single(idOrPath, "no scenario with that id" + (ids.isEmpty() ? " (the folder " + directory
                    + " has none)" : ScenarioReader.didYouMean(idOrPath, ids).replaceFirst("^ \"[^\"]*\"", "")
                    + "; available: " + String.join(", ", ids)));
        }
        LoadedScenario loaded = load(file);
        if (!loaded.id().equals(idOrPath)) {
            throw single(file.toString(), "the file is named " + idOrPath + ".json but its id is \"" + loaded.id()
                    + "\"; rename the file or fix the id");
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
            throw single(id, "cannot be read");
        }
    }

    private static String decode(byte[] bytes, String name) throws ScenarioException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw single(name, "is not UTF-8 text; save it as UTF-8");
        }
    }

    static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, 0, "", Problem.Severity.ERROR, message)));
    }
}
