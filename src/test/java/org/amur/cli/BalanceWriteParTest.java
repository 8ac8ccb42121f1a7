package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code balance --par --write-par} stores the new par in the scenario file whatever the file's layout: the
 * shipped files keep it on one line, but an author's file (formatted by an editor, or written by a tool) has
 * it over several lines, or last.
 */
class BalanceWriteParTest {
    private static final String PAR = "{\"moscow\": -10.25, \"beijing\": 47.01, \"spread\": {\"moscow\": 5.66, "
            + "\"beijing\": 6.85}, \"games\": 2000, \"seed\": 2018, \"rules\": 5, \"command\": "
            + "\"./amur simulate --scenario my-crisis --moscow historian --beijing historian --games 2000 --seed 2018 --rules 5\"}";

    @TempDir
    Path tmp;

    private static ObjectNode baseline() throws Exception {
        ObjectNode t = (ObjectNode) StrictJson.mapper().readTree(
                Files.readString(Path.of("scenarios", "baseline.json"), StandardCharsets.UTF_8));
        t.put("id", "my-crisis");
        return t;
    }

    private Path write(String text) throws Exception {
        Path f = tmp.resolve("my-crisis.json");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertStored(Path f) throws Exception {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text.split("\"par\"", -1)).as("one par in%n%s", text).hasSize(2);
        LoadedScenario s = ScenarioLoader.load(f);
        assertThat(s.scenario().par().beijing()).isEqualTo(47.01);
        assertThat(s.scenario().par().moscowSpread()).isEqualTo(5.66);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void writePar_parOverSeveralLines_isReplaced_notAddedASecondTime() throws Exception {
        // the layout of an editor's "format document" (and of Jackson's pretty printer)
        Path f = write(StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(baseline()));
        BalanceCommand.writePar(f, PAR);
        assertStored(f);
    }

    @Test
    void writePar_parOverSeveralLines_inAnEditorsLayout_isReplaced_notAddedASecondTime() throws Exception {
        // "key": value, as VS Code or Python's json.dump(indent=2) write it; before, this gained a second "par"
        // line and the file no longer loaded ("a field appears twice in the same object")
        Path f = write(StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(baseline())
                .replace("\" : ", "\": "));
        BalanceCommand.writePar(f, PAR);
        assertStored(f);
    }

    @Test
    void writePar_parAsTheLastField_isReplaced() throws Exception {
        ObjectNode t = baseline();
        var par = t.remove("par");
        t.set("par", par);
        Path f = write(StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(t));
        BalanceCommand.writePar(f, PAR);
        assertStored(f);
    }

    @Test
    void writePar_oneLinePar_ofTheShippedLayout_isStillReplacedInPlace() throws Exception {
        String shipped = Files.readString(Path.of("scenarios", "baseline.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"baseline\"", "\"id\": \"my-crisis\"");
        Path f = write(shipped);
        BalanceCommand.writePar(f, PAR);
        assertStored(f);
        // nothing but the par changed
        String after = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(after.replaceAll("(?m)^\\s*\"par\": .*$", ""))
                .isEqualTo(shipped.replaceAll("(?m)^\\s*\"par\": .*$", ""));
    }

    @Test
    void writePar_noParYet_isAdded() throws Exception {
        ObjectNode t = baseline();
        t.remove("par");
        Path f = write(StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(t));
        BalanceCommand.writePar(f, PAR);
        assertStored(f);
    }
}
