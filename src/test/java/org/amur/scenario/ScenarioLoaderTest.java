package org.amur.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario loader accepts the shipped scenarios and, for a corpus of broken inputs, reports what
 * is wrong and where (file, line, column, field path), every problem at once. Broken documents are
 * made by mutating the shipped baseline, so each test changes exactly one thing unless it says so.
 */
class ScenarioLoaderTest {

    private static final Path BASELINE = Path.of("scenarios", "baseline.json");
    private static final String NAME = "test.json";

    private static String baseline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readBaseline() throws IOException {
        baseline = Files.readString(BASELINE, StandardCharsets.UTF_8);
    }

    // ================================================================== helpers

    /** A fresh, mutable tree of the baseline. */
    private static ObjectNode tree() {
        return (ObjectNode) StrictJson.mapper().readTree(baseline);
    }

    private static String json(JsonNode node) {
        return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** Parses a document that must fail and returns its problems. */
    private static List<Problem> problems(String json) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(NAME, json));
        assertThat(e).as("expected the document to be rejected").isNotNull();
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0).format());
        return e.problems();
    }

    private static List<Problem> problems(JsonNode node) {
        return problems(json(node));
    }

    /** Loads a file that must fail and returns its problems. */
    private static List<Problem> loadProblems(Path file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertThat(e).as("expected %s to be rejected", file).isNotNull();
        assertThat(ScenarioLoader.check(file)).isEqualTo(e.problems());
        return e.problems();
    }

    private static Problem only(List<Problem> problems) {
        assertThat(problems).as("problems").hasSize(1);
        return problems.get(0);
    }

    private static Problem at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }

    /** 1-based line of the first occurrence of {@code needle}. */
    private static int lineOf(String text, String needle) {
        int i = text.indexOf(needle);
        assertThat(i).as("'%s' in the document", needle).isNotNegative();
        return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    /** 1-based column of the first occurrence of {@code needle}. */
    private static int columnOf(String text, String needle) {
        int i = text.indexOf(needle);
        return i - text.lastIndexOf('\n', i - 1);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    // ================================================================== shipped scenarios

    @Test
    void load_shippedBaseline_hasNoProblems() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(BASELINE);
        assertThat(loaded.id()).isEqualTo("baseline");
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.scenario().turns()).isEqualTo(8);
        assertThat(loaded.scenario().deck()).isNotEmpty();
        assertThat(loaded.info().briefing().moscow()).isNotBlank();
        assertThat(loaded.sha256()).matches("[0-9a-f]{64}");
        assertThat(ScenarioLoader.check(BASELINE)).isEmpty();
    }

    static Stream<Path> scenarioFiles() {
        return new ScenarioLoader(Path.of("scenarios")).files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void resolve_everyShippedScenario_loadsByIdWithoutErrors(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".json".length());
        assertThatCode(() -> {
            LoadedScenario loaded = new ScenarioLoader(Path.of("scenarios")).resolve(id);
            assertThat(loaded.id()).isEqualTo(id);
        }).doesNotThrowAnyException();
        assertThat(ScenarioLoader.check(file)).noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    @Test
    void parse_contractsPerSystem_defaultsToTwo_isRead_andOutOfRangeIsAnErrorAtItsField() throws Exception {
        // the baseline allows a third contract: its first ones were signed before the game (p.21)
        assertThat(ScenarioLoader.parse(NAME, baseline).scenario().contractsPerSystem()).isEqualTo(3);
        ObjectNode none = tree();
        none.remove("contracts_per_system");
        assertThat(ScenarioLoader.parse(NAME, json(none)).scenario().contractsPerSystem())
                .isEqualTo(org.amur.engine.Scenario.DEFAULT_CONTRACTS_PER_SYSTEM);
        ObjectNode one = tree();
        one.remove("contracts_signed");
        one.put("contracts_per_system", 1);
        assertThat(ScenarioLoader.parse(NAME, json(one)).scenario().contractsPerSystem()).isEqualTo(1);
        for (int bad : new int[] {0, 6, -1}) {
            ObjectNode t = tree();
            t.put("contracts_per_system", bad);
            assertThat(only(problems(t)).path()).isEqualTo("contracts_per_system");
        }
    }

    @Test
    void parse_contractsSigned_areRead_andMoreThanTheCapIsAnErrorAtTheItem() throws Exception {
        // the baseline starts with the 2014 S-400 and the 2015 Su-35 contracts (p.21), in signing order
        assertThat(ScenarioLoader.parse(NAME, baseline).scenario().contractsSigned())
                .containsExactly(org.amur.engine.Variant.ARMS_S400, org.amur.engine.Variant.ARMS_SU35);
        ObjectNode unlisted = tree();
        unlisted.remove("contracts_signed");
        assertThat(ScenarioLoader.parse(NAME, json(unlisted)).scenario().contractsSigned()).isEmpty();
        ObjectNode both = tree();
        both.putArray("contracts_signed").add("arms.s400").add("arms.su35");
        assertThat(ScenarioLoader.parse(NAME, json(both)).scenario().contractsSigned())
                .containsExactly(org.amur.engine.Variant.ARMS_S400, org.amur.engine.Variant.ARMS_SU35);
        ObjectNode t = tree();
        t.put("contracts_per_system", 1);
        t.putArray("contracts_signed").add("arms.s400").add("arms.s400_40n6");
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("contracts_signed[1]");
        assertThat(p.message()).contains("arms.s400_40n6", "allows 1");
        ObjectNode small = tree();
        small.putArray("contracts_signed").add("arms.engines_helicopters");
        assertThat(only(problems(small)).path()).startsWith("contracts_signed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "9223372036854775808", "1e308", "-2000000"})
    void parse_triggerBoundBeyondAnyIndicator_isOneLocatedError(String bound) {
        String json = baseline.replace("\"at_most\": 50}", "\"at_most\": " + bound + "}");
        assertThat(json).isNotEqualTo(baseline);
        Problem p = only(problems(json));
        assertThat(p.line()).isPositive();
        assertThat(p.path()).endsWith(".at_most");
        assertThat(p.message()).startsWith("must be from -1000000 to 1000000, got ").doesNotContain("Infinity");
        if (bound.contains("400")) {
            assertThat(p.message()).endsWith("got a number too large to use");
        }
    }

    @Test
    void parse_onlyVariantsThatCanRunOut_isAnError() {
        ObjectNode t = tree();
        t.putArray("variants").add("arms.su35").add("arms.s400").add("alliance.sign");
        assertThat(problems(t)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("variants");
            assertThat(p.message()).contains("can stop being legal");
        });
    }

    @Test
    void parse_sameTextTwice_givesEqualScenario() throws Exception {
        LoadedScenario a = ScenarioLoader.parse(NAME, baseline);
        LoadedScenario b = ScenarioLoader.parse(NAME, json(tree()));
        assertThat(b.scenario()).isEqualTo(a.scenario());
    }

    // ================================================================== not a scenario at all

    @Test
    void load_emptyFile_saysItIsEmpty() throws IOException {
        Path file = write("empty.json", new byte[0]);
        Problem p = only(loadProblems(file));
        assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(p.format()).isEqualTo(file + ": error: the file is empty; a scenario is a JSON object "
                + "(copy one from scenarios/ to start)");
    }

    @Test
    void load_whitespaceOnly_saysItIsEmpty() throws IOException {
        Problem p = only(loadProblems(write("blank.json", " \n\t\r\n  ")));
        assertThat(p.message()).startsWith("the file is empty");
    }

    @Test
    void parse_notJson_pointsAtTheToken() {
        Problem p = only(problems("hello"));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("'hello' is not a JSON value; text goes in double quotes");
    }

    @Test
    void parse_truncatedBaseline_reportsEndOfInputOnTheLastLine() {
        String half = baseline.substring(0, baseline.length() / 2);
        Problem p = only(problems(half));
        assertThat(p.message()).startsWith("the file ends");
        assertThat(p.line()).isEqualTo((int) half.chars().filter(c -> c == '\n').count() + 1);
        assertThat(p.column()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2, 3]", "\"a string\"", "42", "null", "true"})
    void parse_jsonThatIsNotAnObject_asksForAnObject(String json) {
        Problem p = only(problems(json));
        assertThat(p.format()).isEqualTo(NAME + ":1:1: error: a scenario must be a JSON object { ... }");
    }

    @Test
    void parse_arrayOfTheBaseline_asksForAnObject() {
        Problem p = only(problems("[" + baseline + "]"));
        assertThat(p.message()).isEqualTo("a scenario must be a JSON object { ... }");
    }

    @Test
    void parse_trailingContent_isRejected() {
        Problem p = only(problems(baseline + "\n{}"));
        assertThat(p.message()).startsWith("there is more text after the end of the JSON object");
        String text = baseline + "\n{}";
        assertThat(p.line()).isEqualTo((int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    // ================================================================== hostile sizes

    @Test
    void load_fileOverTwoMebibytes_isRejectedBeforeParsing() throws IOException {
        // Valid JSON padded with spaces: only the size is wrong.
        String big = baseline + " ".repeat((int) StrictJson.MAX_FILE_BYTES);
        Path file = write("big.json", big);
        Problem p = only(loadProblems(file));
        assertThat(p.format()).isEqualTo(file + ": error: the file is larger than 2 MiB, the most a scenario may be");
    }

    @Test
    void load_fileOfExactlyTheLimit_isNotRejectedForSize() throws IOException {
        byte[] text = baseline.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[(int) StrictJson.MAX_FILE_BYTES];
        System.arraycopy(text, 0, padded, 0, text.length);
        java.util.Arrays.fill(padded, text.length, padded.length, (byte) ' ');
        Path file = write("limit.json", padded);
        assertThatCode(() -> ScenarioLoader.load(file)).doesNotThrowAnyException();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nesting", "number", "string", "key", "tokens"})
    void parse_everyParserLimit_givesLineColumnAndNoJacksonText(String limit) {
        String doc = switch (limit) {
            case "nesting" -> "{\n  \"a\": " + "[".repeat(100) + "]".repeat(100) + "}";
            case "number" -> "{\n  \"a\": " + "9".repeat(40) + "}";
            case "string" -> "{\n  \"a\": \"" + "x".repeat(StrictJson.MAX_STRING + 10) + "\"}";
            case "key" -> "{\n  \"" + "k".repeat(300) + "\": 1}";
            default -> "{\n  \"a\": [" + "1,".repeat(StrictJson.MAX_TOKENS) + "1]}";
        };
        Problem p = only(problems(doc));
        assertThat(p.line()).as(p.format()).isEqualTo(2);
        assertThat(p.column()).as(p.format()).isPositive();
        assertThat(p.message()).doesNotContain("Constraints").doesNotContain("exceeds").doesNotContain("from )")
                .doesNotContain("Exception");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void load_fifoDeviceFolderAndLinkLoop_areRefusedBeforeReading() throws IOException {
        Path fifo = tmp.resolve("pipe.json");
        if (org.amur.files.SpecialFiles.fifo(fifo)) {
            assertThat(only(loadProblems(fifo)).message()).startsWith("not a regular file");
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(only(loadProblems(Path.of("/dev/zero"))).message()).startsWith("not a regular file");
        }
        assertThat(only(loadProblems(tmp)).message()).isEqualTo("a folder, not a file");
        Path loop = org.amur.files.SpecialFiles.loop(tmp, "loop.json");
        assertThat(only(loadProblems(loop)).message()).contains("leads nowhere");
    }

    @Test
    void parse_nestedTenThousandDeep_isRejectedByTheNestingLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Problem p = only(problems(deep));
        assertThat(p.message()).startsWith("lists and objects are nested more than 64 levels deep")
                .contains(String.valueOf(StrictJson.MAX_NESTING));
    }

    @Test
    void parse_deeplyNestedValueInsideTheScenario_isRejectedByTheNestingLimit() {
        String deep = baseline.replaceFirst("\"description\": \"[^\"]*\"",
                "\"description\": " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000));
        Problem p = only(problems(deep));
        assertThat(p.message()).contains("nested more than 64 levels deep");
    }

    @Test
    void parse_tenMegabyteString_isRejectedByTheStringLimit() {
        String huge = "{\"format\": 1, \"description\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}";
        Problem p = only(problems(huge));
        assertThat(p.message()).startsWith("a text value is longer than 65536 characters")
                .contains(String.valueOf(StrictJson.MAX_STRING));
    }

    @Test
    void load_hundredKilobyteStringInAFileUnderTheSizeLimit_isRejectedByTheStringLimit() throws IOException {
        ObjectNode t = tree();
        t.put("description", "b".repeat(100 * 1024));
        Problem p = only(loadProblems(write("longstring.json", json(t))));
        assertThat(p.message()).contains("a text value is longer than 65536 characters").contains(String.valueOf(StrictJson.MAX_STRING));
    }

    // ================================================================== bad values

    @Test
    void parse_turnsAsWord_reportsTypeAtItsLine() {
        String text = baseline.replace("\"turns\": 8,", "\"turns\": \"eight\",");
        Problem p = at(problems(text), "turns");
        assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(p.message()).isEqualTo("must be a whole number from 1 to 60, got \"eight\"");
        assertThat(p.line()).isEqualTo(lineOf(text, "\"turns\""));
        assertThat(p.column()).isEqualTo(columnOf(text, "\"eight\""));
    }

    @Test
    void parse_turnsAsWord_reportsOnlyThatMistake() {
        String text = baseline.replace("\"turns\": 8,", "\"turns\": \"eight\",");
        assertThat(problems(text)).extracting(Problem::path).containsExactly("turns");
    }

    @Test
    void parse_duplicateKey_isRejectedAtTheSecondKey() {
        String text = baseline.replace("\"turns\": 8,", "\"turns\": 8, \"turns\": 9,");
        Problem p = only(problems(text));
        assertThat(p.message()).startsWith("a field appears twice in the same object: \"turns\"").contains("\"turns\"");
        assertThat(p.line()).isEqualTo(lineOf(text, "\"turns\": 9"));
    }

    @Test
    void parse_misspelledTopLevelField_suggestsTheRightName() {
        ObjectNode t = tree();
        JsonNode title = t.remove("title");
        t.set("titel", title);
        List<Problem> ps = problems(t);
        Problem unknown = at(ps, "titel");
        assertThat(unknown.message()).startsWith("unknown field \"titel\"").contains("did you mean \"title\"");
        assertThat(at(ps, "").message()).isEqualTo("missing field \"title\"");
        assertThat(ps).hasSize(2);
    }

    @Test
    void parse_unknownStateIdInStart_suggestsTheRightId() {
        ObjectNode t = tree();
        ObjectNode start = (ObjectNode) t.get("start");
        start.set("trsut", start.remove("trust"));
        List<Problem> ps = problems(t);
        assertThat(at(ps, "start.trsut").message()).isEqualTo("unknown state id \"trsut\" (did you mean \"trust\"?)");
        assertThat(at(ps, "start").message()).isEqualTo("missing start value for trust");
        assertThat(ps).hasSize(2);
    }

    @Test
    void parse_missingStartValue_namesTheIndicator() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("start")).remove("cn.copy_progress");
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("start");
        assertThat(p.message()).isEqualTo("missing start value for cn.copy_progress");
    }

    @Test
    void parse_startValueOutOfRange_isReportedOnce() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("start")).put("trust", 150);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("start.trust");
    }

    @Test
    void parse_startValueOutOfRange_reportsTheRange() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("start")).put("trust", 150);
        assertThat(at(problems(t), "start.trust").message()).isEqualTo("must be from 0 to 100, got 150");
    }

    @Test
    void parse_derivedIndicatorAsStartValue_isRefused() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("start")).put("interoperability", 30);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("start.interoperability");
        assertThat(p.message()).isEqualTo("interoperability is computed by the engine and cannot be set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"interoperability", "ru.score", "cn.score", "alliance_level"})
    void parse_cardEffectOnDerivedOrLadderIndicator_isRefused(String id) {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(0).get("effects")).put(id, 2);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("deck[0].effects." + id);
        assertThat(p.message()).isEqualTo(id + " cannot be changed by a card");
    }

    @Test
    void parse_citationPageWhereNoSectionStarts_listsTheSectionPages() {
        ObjectNode t = tree();
        ObjectNode citation = (ObjectNode) t.get("deck").get(0).get("citation");
        citation.removeAll();
        citation.put("page", 5);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("deck[0].citation.page");
        assertThat(p.message()).startsWith("no section of the report starts on p.5")
                .contains("sections start on pages 1, 3, 6");
    }

    @Test
    void parse_citationSectionOnWrongPage_namesTheRightPage() {
        ObjectNode t = tree();
        ObjectNode citation = (ObjectNode) t.get("deck").get(0).get("citation");
        citation.put("section", "Maritime Cooperation");
        citation.put("page", 20);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("deck[0].citation.page");
        assertThat(p.message()).isEqualTo("section \"Maritime Cooperation\" covers pp.18-19, not p.20");
        // a page within the section is where a fact stands, not a mistake
        citation.put("page", 19);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioLoader.parse(NAME, json(t)))).isNull();
    }

    /** Forbidden text and how the loader describes it (JSON-escaped by the writer where needed). */
    static Stream<Arguments> forbiddenCharacters() {
        return Stream.of(
                Arguments.of("\u0007", "a control character (U+0007)"),
                Arguments.of("\u001b[31m", "an escape character (U+001B)"),
                Arguments.of("\u009b31m", "a control character (U+009B)"),
                Arguments.of("\u202E", "a bidirectional control character (U+202E)"),
                Arguments.of("\u2066", "a bidirectional control character (U+2066)"),
                Arguments.of("\u200B", "a zero-width or invisible character (U+200B)"),
                Arguments.of("\uFEFF", "a zero-width or invisible character (U+FEFF)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("forbiddenCharacters")
    void parse_forbiddenCharacterInBriefing_isReportedWithItsCodePoint(String bad, String described) {
        ObjectNode t = tree();
        ((ObjectNode) t.get("briefing")).put("moscow", "It is " + bad + "2018.");
        String text = json(t);
        Problem p = only(problems(text));
        assertThat(p.path()).isEqualTo("briefing.moscow");
        assertThat(p.message()).isEqualTo("contains " + described + " at character 7; text shown to players may "
                + "not contain control, bidirectional or invisible characters");
        assertThat(p.line()).isEqualTo(lineOf(text, "\"moscow\" : \"It is"));
    }

    @Test
    void parse_rawUnescapedControlCharacter_isNotValidJson() {
        String text = baseline.replace("\"moscow\": \"It is 2018.", "\"moscow\": \"It is \u001b[31m2018.");
        Problem p = only(problems(text));
        assertThat(p.message()).isEqualTo("a control character (the character U+001B) is inside a text value; remove it, "
                + "or write it as an escape such as \\n");
        assertThat(p.line()).isEqualTo(lineOf(text, "\"moscow\": \"It is"));
    }

    @Test
    void parse_newlineInBriefing_isAllowedButNotInTitle() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("briefing")).put("moscow", "First paragraph.\n\nSecond paragraph.");
        assertThatCode(() -> ScenarioLoader.parse(NAME, json(t))).doesNotThrowAnyException();
        t.put("title", "Two\nlines");
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("title");
        assertThat(p.message()).startsWith("contains a control character (U+000A)");
    }

    @Test
    void parse_formatNewerThanSupported_asksToUpdate() {
        ObjectNode t = tree();
        t.put("format", ScenarioReader.FORMAT + 1);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("format");
        assertThat(p.message()).isEqualTo("format " + (ScenarioReader.FORMAT + 1)
                + " is newer than this version of Amur reads (" + ScenarioReader.FORMAT + "); update Amur");
    }

    @Test
    void load_invalidUtf8_saysWhereByLineAndColumn_andToSaveAsUtf8() throws IOException {
        byte[] bytes = baseline.getBytes(StandardCharsets.UTF_8);
        int i = baseline.indexOf("It is 2018"); // ASCII up to here, so char index == byte index
        assertThat(baseline.substring(0, i).chars().allMatch(c -> c < 0x80)).isTrue();
        bytes[i] = (byte) 0xC3; // a lead byte
        bytes[i + 1] = (byte) 0x28; // not a continuation byte
        Path file = write("latin.json", bytes);
        Problem p = only(loadProblems(file));
        int line = (int) baseline.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        int column = i - baseline.lastIndexOf('\n', i - 1);
        assertThat(p.format()).isEqualTo(file + ":" + line + ":" + column + ": error: this is not UTF-8 text (the file"
                + " may have been saved in another encoding); save it as UTF-8");
    }

    @Test
    void load_utf8ByteOrderMark_isAccepted() throws IOException {
        Path file = write("bom.json", "\uFEFF" + baseline);
        assertThatCode(() -> ScenarioLoader.load(file)).doesNotThrowAnyException();
    }

    @Test
    void load_missingFile_saysNoSuchFile() {
        Path file = tmp.resolve("absent.json");
        Problem p = only(loadProblems(file));
        assertThat(p.format()).isEqualTo(file + ": error: no such file");
    }

    // ================================================================== schema layer

    /**
     * The single problem of a document, which must be an error at {@code path}, located where the {@code |}
     * in {@code needle} is (the needle is found in the document without the bar).
     */
    private static Problem errorAt(String text, String path, String needle) {
        Problem p = only(problems(text));
        assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(p.path()).isEqualTo(path);
        int bar = needle.indexOf('|');
        int at = text.indexOf(needle.replace("|", ""));
        assertThat(at).as("'%s' in the document", needle).isNotNegative();
        String before = text.substring(0, at + bar);
        assertThat(p.line()).as("line of %s", path).isEqualTo((int) before.chars().filter(c -> c == '\n').count() + 1);
        assertThat(p.column()).as("column of %s", path).isEqualTo(before.length() - before.lastIndexOf('\n'));
        return p;
    }

    @Test
    void schema_objectGivenAsString_saysAnObjectWasExpected() {
        ObjectNode t = tree();
        t.put("briefing", "Read the report.");
        String text = json(t);
        Problem p = errorAt(text, "briefing", "\"briefing\" : |\"Read");
        assertThat(p.message()).isEqualTo("must be an object { ... }, got a string");
    }

    @Test
    void schema_listGivenAsObject_isOneProblemNotOnePerCard() {
        ObjectNode t = tree();
        t.putObject("deck");
        String text = json(t);
        Problem p = errorAt(text, "deck", "\"deck\" : |{ }");
        assertThat(p.message()).isEqualTo("must be a list [ ... ], got an object");
    }

    @Test
    void schema_misspeltVariant_suggestsTheRightOne() {
        ObjectNode t = tree();
        t.putArray("variants").add("alliance.consult").add("exercise.training").add("alliance.sing");
        String text = json(t);
        Problem p = errorAt(text, "variants[2]", "|\"alliance.sing\"");
        assertThat(p.message()).isEqualTo("unknown variant \"alliance.sing\" (did you mean \"alliance.sign\"?)");
    }

    @Test
    void schema_lowerCaseAsymmetry_suggestsTheRightOne() {
        ObjectNode t = tree();
        t.putObject("weights").put("A1", 1.5).put("a3", 2);
        String text = json(t);
        Problem p = errorAt(text, "weights.a3", "\"a3\" : |2");
        assertThat(p.message()).isEqualTo("unknown asymmetry \"a3\" (did you mean \"A3\"?) (expected A1..A13)");
    }

    @Test
    void schema_weightOutOfRange_reportsTheRange() {
        ObjectNode t = tree();
        t.putObject("weights").put("A12", 7);
        Problem p = errorAt(json(t), "weights.A12", "\"A12\" : |7");
        assertThat(p.message()).isEqualTo("must be from 0 to 5, got 7");
    }

    @Test
    void schema_conditionWithBothBounds_asksForExactlyOne() {
        ObjectNode t = tree();
        ObjectNode c = ((ObjectNode) t.get("deck").get(11)).putArray("trigger").addObject();
        c.put("indicator", "ru.economy").put("at_least", 10).put("at_most", 50);
        String text = json(t);
        Problem p = errorAt(text, "deck[11].trigger[0]", "\"trigger\" : [ |{\n      \"indicator\" : \"ru.economy\",\n      \"at_least\" : 10");
        assertThat(p.message()).isEqualTo("give the indicator and exactly one of at_least or at_most");
    }

    /**
     * Both sides see both scores (every seat's dashboard, replay's public view): a score that counted a
     * side's secret would show the other side how it moved.
     */
    @Test
    void schema_secretIndicatorAsObjective_isRefused_soNoScoreDependsOnASecret() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("objectives").get("beijing").get(0)).put("indicator", "cn.copy_progress");
        String text = json(t);
        Problem p = errorAt(text, "objectives.beijing[0].indicator", "\"indicator\" : |\"cn.copy_progress\"");
        assertThat(p.message()).isEqualTo("cn.copy_progress is a secret of one side, and both sides see both scores; "
                + "a score cannot depend on it");
    }

    @Test
    void shippedScenarios_scoreOnlyWhatBothSidesMaySee() throws Exception {
        for (Path file : new ScenarioLoader(Path.of("scenarios")).files()) {
            org.amur.engine.Scenario sc = ScenarioLoader.load(file).scenario();
            for (org.amur.engine.Side side : org.amur.engine.Side.values()) {
                for (org.amur.engine.Scenario.Objective o : sc.objectives(side)) {
                    assertThat(o.indicator().visibility()).as(file + " " + o.indicator().id())
                            .isEqualTo(org.amur.engine.Indicator.Visibility.PUBLIC);
                }
            }
        }
    }

    @Test
    void schema_scoreAsObjective_isRefusedWithAReason() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("objectives").get("beijing").get(0)).put("indicator", "cn.score");
        String text = json(t);
        Problem p = errorAt(text, "objectives.beijing[0].indicator", "|\"cn.score\"");
        assertThat(p.message()).isEqualTo("cn.score is a score; a score cannot be an objective");
    }

    @Test
    void schema_missingDeck_explainsThatAnEmptyDeckWillDo() {
        ObjectNode t = tree();
        t.remove("deck");
        Problem p = only(problems(t));
        assertThat(p.path()).isEmpty();
        assertThat(p.message()).isEqualTo("missing field \"deck\" (a scenario needs a deck of event cards; "
                + "it may be empty: [])");
    }

    @Test
    void schema_misspeltCardField_suggestsItAndReportsTheMissingOne() {
        ObjectNode t = tree();
        ObjectNode card = (ObjectNode) t.get("deck").get(2);
        card.set("chanse", card.remove("chance"));
        String text = json(t);
        List<Problem> ps = problems(text);
        assertThat(ps).hasSize(2);
        assertThat(at(ps, "deck[2].chanse").message()).isEqualTo("unknown field \"chanse\" (did you mean \"chance\"?)");
        assertThat(at(ps, "deck[2]").message()).isEqualTo("missing field \"chance\"");
        assertThat(at(ps, "deck[2]").line()).isEqualTo(lineOf(text, "\"id\" : \"engine-setback\"") - 1);
    }

    @Test
    void schema_unknownStateIdInTrigger_isReportedOnceBySchemaNotAgainBySemantics() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(11).get("trigger").get(0)).put("indicator", "ru.econmy");
        String text = json(t);
        Problem p = errorAt(text, "deck[11].trigger[0].indicator", "|\"ru.econmy\"");
        assertThat(p.message()).isEqualTo("unknown state id \"ru.econmy\" (did you mean \"ru.economy\"?)");
    }

    @Test
    void schema_numberFarBeyondAnyRange_isARangeErrorQuotingTheValue() {
        // 1e300 does not fit a long; the validator must still answer with a range error, not an exception.
        String text = baseline.replace("\"turns\": 8,", "\"turns\": 1e300,");
        Problem p = errorAt(text, "turns", "\"turns\": |1e300");
        assertThat(p.message()).isEqualTo("must be from 1 to 60, got 1.0E300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20", "-1e20", "1e400", "9.1e15"})
    void schema_floatingSeedBeyondTheWidestRange_isARangeError_notAFailureInside(String seed) {
        // par.seed's range (2^53) is wider than the 1e15 a huge number used to be replaced with before
        // validation, so 1e20 passed the schema and failed in the reader (found by a 10,000-input corpus)
        assertThat(baseline).contains("\"seed\": 2018");
        String text = baseline.replaceFirst("\"seed\": 2018", "\"seed\": " + seed);
        Problem p = errorAt(text, "par.seed", "\"seed\": |" + seed);
        assertThat(p.message()).startsWith("must be from -9007199254740991 to 9007199254740991, got ");
    }

    @Test
    void parse_invisibleCharacterOutsideAString_isQuotedHarmlessly() {
        String text = baseline.replace("\"turns\": 8,", "\"turns\": \u200b8,");
        Problem p = only(problems(text));
        assertThat(p.message()).contains("a value was expected here").contains("the character U+200B")
                .doesNotContain("\u200b");
        assertThat(TextRules.firstForbidden(p.format(), false)).isEmpty();
    }

    @Test
    void problemFormat_fileNameWithEscapeCharacter_isPrintedHarmlessly() {
        Problem p = new Problem("evil\u001b[2J.json", 3, 4, "turns", Problem.Severity.ERROR, "bad");
        assertThat(p.format()).isEqualTo("evil\uFFFD[2J.json:3:4: error: turns: bad");
    }

    // ================================================================== semantic layer

    @Test
    void semantic_duplicateCardId_isAnErrorAtTheSecondCard() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(3)).put("id", "engine-setback");
        String text = json(t);
        List<Problem> ps = problems(text);
        Problem p = only(ps);
        assertThat(p.path()).isEqualTo("deck[3].id");
        assertThat(p.message()).isEqualTo("another card already has id \"engine-setback\"");
        assertThat(p.line()).isEqualTo(lineOf(text, "\"title\" : \"Missile plant bottleneck\"") - 1);
    }

    @Test
    void semantic_cardAfterTheLastTurn_isAnError() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(2)).put("first_turn", 9);
        String text = json(t);
        Problem p = errorAt(text, "deck[2].first_turn", "\"first_turn\" : |9");
        assertThat(p.message()).isEqualTo("first_turn 9 is after the last turn of the scenario (8); the card could "
                + "never fire");
    }

    @Test
    void semantic_lastTurnBeforeFirstTurn_isAnError() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(2)).put("first_turn", 5).put("last_turn", 3);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("deck[2].last_turn");
        assertThat(p.message()).isEqualTo("last_turn 3 is before first_turn 5; the card could never fire");
    }

    @Test
    void semantic_guidanceAfterTheLastTurn_isAnError() {
        ObjectNode t = tree();
        t.putArray("guidance").addObject().put("turn", 12).put("text", "Too late.");
        String text = json(t);
        Problem p = errorAt(text, "guidance[0].turn", "\"turn\" : |12");
        assertThat(p.message()).isEqualTo("turn 12 is after the last turn of the scenario (8)");
    }

    @Test
    void semantic_sameObjectiveTwice_isAnError() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("objectives").get("moscow").get(2)).put("indicator", "ru.economy");
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("objectives.moscow[3].indicator");
        assertThat(p.message()).isEqualTo("ru.economy is already an objective of moscow; give each indicator once, "
                + "with one weight");
    }

    @Test
    void semantic_invalidTurns_isNotReportedAgainOnEveryCard() {
        // 100 turns is out of range; the card beyond the old last turn must not be reported as well.
        ObjectNode t = tree();
        t.put("turns", 100);
        ((ObjectNode) t.get("deck").get(2)).put("first_turn", 9);
        t.putArray("guidance").addObject().put("turn", 12).put("text", "Later.");
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("turns");
        assertThat(p.message()).isEqualTo("must be from 1 to 60, got 100");
    }

    @Test
    void semantic_cardTurnOfWrongType_isOnlyATypeError() {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(2)).put("first_turn", "one").put("last_turn", 0);
        List<Problem> ps = problems(t);
        assertThat(ps).extracting(Problem::path).containsExactlyInAnyOrder("deck[2].first_turn", "deck[2].last_turn");
        assertThat(at(ps, "deck[2].first_turn").message()).isEqualTo("must be a whole number from 1 to 60, got \"one\"");
        assertThat(at(ps, "deck[2].last_turn").message()).isEqualTo("must be from 1 to 60, got 0");
    }

    /** Loads a document that must load, returning its warnings. */
    private static List<Problem> warnings(ObjectNode t) throws ScenarioException {
        return ScenarioLoader.parse(NAME, json(t)).warnings();
    }

    @Test
    void semantic_objectiveNothingCanMove_isAWarningAndTheScenarioLoads() throws Exception {
        ObjectNode t = tree();
        t.putArray("variants").add("alliance.consult").add("exercise.peace_mission").add("arms.engines_helicopters");
        ((ObjectNode) t.get("objectives").get("beijing").get(6)).put("indicator", "interoperability.naval");
        String text = json(t);
        Problem w = ScenarioLoader.parse(NAME, text).warnings().stream()
                .filter(p -> p.path().equals("objectives.beijing[6].indicator")).findFirst().orElseThrow();
        assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(w.message()).isEqualTo("nothing in this scenario can change interoperability.naval (no variant on "
                + "offer, no card and no rule of the game moves it), so this objective always scores 0");
        assertThat(w.line()).isEqualTo(lineOf(text, "\"indicator\" : \"interoperability.naval\""));
        // the same objective is reachable once a naval exercise is on offer
        ((ArrayNode) t.get("variants")).add("exercise.maritime_home");
        assertThat(warnings(t)).noneMatch(p -> p.path().startsWith("objectives"));
    }

    @Test
    void semantic_triggerBeyondTheIndicatorsBounds_isAWarning() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(11).get("trigger").get(0)).remove("at_most");
        ((ObjectNode) t.get("deck").get(11).get("trigger").get(0)).put("at_least", 150);
        Problem w = only(warnings(t));
        assertThat(w.path()).isEqualTo("deck[11].trigger[0]");
        assertThat(w.message()).isEqualTo("can never hold: ru.economy is never above 100");
    }

    @Test
    void semantic_contradictoryConditions_isAWarning() throws Exception {
        ObjectNode t = tree();
        ((ArrayNode) t.get("deck").get(11).get("trigger")).addObject()
                .put("indicator", "ru.economy").put("at_least", 60);
        Problem w = only(warnings(t));
        assertThat(w.path()).isEqualTo("deck[11].trigger");
        assertThat(w.message()).isEqualTo("the conditions on ru.economy contradict each other (at least 60 and at "
                + "most 50); the card can never fire");
    }

    @Test
    void semantic_triggerOnAValueNothingMoves_isAWarning() throws Exception {
        ObjectNode t = tree();
        t.putArray("variants").add("alliance.consult").add("exercise.peace_mission").add("arms.engines_helicopters");
        ObjectNode c = (ObjectNode) t.get("deck").get(11).get("trigger").get(0);
        c.remove("at_most");
        c.put("indicator", "interoperability.aerospace").put("at_least", 50);
        Problem w = only(warnings(t));
        assertThat(w.path()).isEqualTo("deck[11].trigger[0]");
        assertThat(w.message()).isEqualTo("can never hold: nothing in this scenario changes "
                + "interoperability.aerospace, which stays at its start value 25");
    }

    @Test
    void semantic_variantListedTwice_isAWarning() throws Exception {
        ObjectNode t = tree();
        t.putArray("variants").add("alliance.consult").add("exercise.training").add("arms.su35")
                .add("exercise.training");
        Problem w = only(warnings(t));
        assertThat(w.path()).isEqualTo("variants[3]");
        assertThat(w.message()).isEqualTo("variant exercise.training is listed twice");
    }

    @Test
    void semantic_lineOfEffortNotOffered_isAWarning() throws Exception {
        ObjectNode t = tree();
        t.putArray("variants").add("alliance.consult").add("arms.su35");
        Problem w = only(warnings(t));
        assertThat(w.path()).isEqualTo("variants");
        assertThat(w.message()).isEqualTo("no variant of the exercises line is offered");
    }

    @Test
    void semantic_trustAtTheRuptureThresholdFromTheStart_isAWarning() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("start")).put("trust", 12);
        Problem w = only(warnings(t));
        assertThat(w.path()).isEqualTo("start.trust");
        assertThat(w.message()).isEqualTo("trust starts at 12, at or below thresholds.rupture_trust (15): unless it "
                + "rises in the first turn the partnership breaks at once");
    }

    // ================================================================== all problems at once

    @Test
    void parse_threeDistinctMistakes_reportsAllThree() {
        ObjectNode t = tree();
        t.put("format", ScenarioReader.FORMAT + 1);
        ((ObjectNode) t.get("deck").get(0).get("effects")).put("interoperability", 2);
        ((ObjectNode) t.get("briefing")).put("beijing", "Red \u001b[31malert");
        List<Problem> ps = problems(t);
        assertThat(ps).extracting(Problem::path)
                .containsExactlyInAnyOrder("format", "deck[0].effects.interoperability", "briefing.beijing");
        assertThat(ps).allMatch(p -> p.severity() == Problem.Severity.ERROR);
        assertThat(ps).allMatch(p -> p.line() > 0 && p.column() > 0);
    }

    @Test
    void problemFormat_mistakeOnAKnownLine_givesFileLineColumnPathMessage() throws IOException {
        String text = baseline.replace("\"start_year\": 2018,", "\"start_year\": 1800,");
        int line = lineOf(text, "\"start_year\"");
        int column = columnOf(text, "1800");
        Path file = write("year.json", text);
        Problem p = only(loadProblems(file));
        assertThat(p.format()).isEqualTo(file + ":" + line + ":" + column
                + ": error: start_year: must be from 1900 to 2200, got 1800");
        assertThat(p.toString()).isEqualTo(p.format());
    }

    @Test
    void problemFormat_withoutLocationOrPath_leavesThemOut() {
        Problem p = new Problem("f.json", 0, 0, "", Problem.Severity.WARNING, "something");
        assertThat(p.format()).isEqualTo("f.json: warning: something");
    }

    @Test
    void parse_warningOnly_loadsAndKeepsTheWarning() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("deck").get(0)).put("chance", 0);
        LoadedScenario loaded = ScenarioLoader.parse(NAME, json(t));
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(w.path()).isEqualTo("deck[0].chance");
        });
    }

    // ================================================================== an author's own scenario (session 12)

    @Test
    void semantic_parCopiedFromAnotherScenario_isAWarningAtItsCommand() throws Exception {
        // README: "Copy a shipped scenario ... Set "id"": the copy keeps the baseline's par, measured on
        // the baseline, and every result against par in the new scenario would be measured against it
        ObjectNode t = tree();
        t.put("id", "my-crisis");
        String text = json(t);
        Problem w = only(ScenarioLoader.parse(NAME, text).warnings());
        assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(w.path()).isEqualTo("par.command");
        assertThat(w.line()).isEqualTo(lineOf(text, "\"command\" : \"./amur simulate --scenario baseline"));
        assertThat(w.message()).isEqualTo("this par was measured on scenario \"baseline\", not on \"my-crisis\"; "
                + "recompute it with ./amur balance --par --write-par --scenario my-crisis, or remove \"par\" "
                + "(results are then measured against 0)");
        // the shipped file's own par names itself
        assertThat(warnings(tree())).isEmpty();
    }

    @Test
    void semantic_cardTurnsUpToMaxTurns_areAllowed_butNotBeyond() throws Exception {
        // a scenario of 6 turns that may be played for 8: a card for the long game's last years
        ObjectNode t = tree();
        t.put("turns", 6).put("max_turns", 8);
        t.remove("lengths");
        t.remove("par");
        ((ObjectNode) t.get("deck").get(0)).put("first_turn", 7).put("last_turn", 8);
        LoadedScenario s = ScenarioLoader.parse(NAME, json(t));
        assertThat(s.warnings()).isEmpty();
        assertThat(s.scenario().deck().get(0).firstTurn()).isEqualTo(7);
        ObjectNode g = tree();
        g.put("turns", 6).put("max_turns", 8);
        g.remove("lengths");
        g.remove("par");
        g.putArray("guidance").addObject().put("turn", 8).put("text", "The last year of the long game.");
        assertThat(ScenarioLoader.parse(NAME, json(g)).warnings()).isEmpty();
        // beyond max_turns is still an error, named against the longest game
        ((ObjectNode) t.get("deck").get(0)).put("first_turn", 9).put("last_turn", 9);
        Problem p = only(problems(t));
        assertThat(p.path()).isEqualTo("deck[0].first_turn");
        assertThat(p.message()).isEqualTo("first_turn 9 is after the last turn any game of this scenario can reach "
                + "(8, its max_turns); the card could never fire");
    }

    @Test
    void semantic_objectiveWeightZero_isAWarning() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("objectives").get("moscow").get(2)).put("weight", 0);
        String text = json(t);
        Problem w = only(ScenarioLoader.parse(NAME, text).warnings());
        assertThat(w.path()).isEqualTo("objectives.moscow[2].weight");
        assertThat(w.line()).isEqualTo(lineOf(text, "\"weight\" : 0,"));
        assertThat(w.message()).isEqualTo("a weight of 0 means this objective never adds to the score, though the "
                + "side's briefing lists it; give it a weight or remove it");
    }
}
