package org.amur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.amur.scenario.TextRules;
import org.amur.sim.SimText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code amur variants}: every variant id a scenario offers, for writing scripted policies. */
@Command(name = "variants", mixinStandardHelpOptions = true)
final class VariantsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE", defaultValue = ScenarioLoader.DEFAULT_ID)
    String scenario;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadedScenario loaded = Scenarios.loadOrReport(scenario, spec.commandLine().getErr());
        if (loaded == null) {
            return 2;
        }
        if (json) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode root = f.objectNode();
            root.put("scenario", loaded.id());
            ArrayNode list = root.putArray("variants");
            for (Variant v : loaded.scenario().variants()) {
                ObjectNode o = list.addObject();
                o.put("id", v.id());
                o.put("line", v.line().id());
                ObjectNode roles = o.putObject("roles");
                for (Side s : Side.values()) {
                    roles.put(s.id(), v.role(s));
                }
                o.put("title", Text.title(v));
                ArrayNode tags = o.putArray("tags");
                v.tags().forEach(tags::add);
                o.put("citation", v.citation().toString());
                o.put("page", v.citation().page());
            }
            out.println(StrictJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(root));
        } else {
            out.println(SimText.get("variants.title", "scenario", loaded.id(),
                    "title", TextRules.sanitize(loaded.info().title(), false)));
            String format = "  %-36s %-10s %-9s %-9s %-34s %-24s %s%n";
            out.printf(java.util.Locale.ROOT, format, "id", "line", "moscow", "beijing", "title", "tags", "citation");
            for (Variant v : loaded.scenario().variants()) {
                out.printf(java.util.Locale.ROOT, format, v.id(), v.line().id(), v.role(Side.MOSCOW),
                        v.role(Side.BEIJING), Text.title(v), v.tags().isEmpty() ? "-" : String.join(",", v.tags()),
                        v.citation());
            }
            out.println(SimText.get("variants.hint"));
        }
        out.flush();
        return 0;
    }
}
