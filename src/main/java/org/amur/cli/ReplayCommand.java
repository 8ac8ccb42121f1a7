package org.amur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Text;
import org.amur.report.EventJson;
import org.amur.save.LoadedGame;
import org.amur.save.SaveStore;
import org.amur.scenario.StrictJson;
import org.amur.scenario.TextRules;
import org.amur.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code amur replay SAVE}: a saved game turn by turn, for debriefs; {@code --json} for tools. */
@Command(name = "replay", mixinStandardHelpOptions = true)
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SAVE", descriptionKey = "save")
    String save;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--anyway")
    boolean anyway;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SaveArgument.Opened opened = SaveArgument.open(SaveStore.forInstallation(), save, anyway, "replay", err);
        if (opened == null) {
            return 2;
        }
        LoadedGame game = opened.game();
        Session s = game.session();
        // An unfinished game's secrets (Beijing's copy progress, the copy rolls) stay hidden from whoever
        // runs this, unless the facilitator asks for everything; a finished game may show all.
        Audience audience = all || s.state().isOver() ? Audience.FACILITATOR : Audience.PUBLIC;
        String view = CliText.t(audience == Audience.FACILITATOR ? "replay.view_all" : "replay.view_public");
        if (json) {
            ObjectNode root = StrictJson.mapper().createObjectNode();
            root.put("view", audience == Audience.FACILITATOR ? "all" : "public");
            root.put("scenario", s.scenario().id()).put("seed", s.seed()).put("rules", s.rules().version());
            root.put("game_turns", s.scenario().turns()).put("scenario_turns", s.scenario().length().turns());
            root.put("moscow", game.meta().moscow()).put("beijing", game.meta().beijing());
            org.amur.save.Names n = game.meta().names();
            if (!n.isEmpty()) {
                root.putObject("names").put("table", n.table()).put("moscow", n.moscow()).put("beijing", n.beijing());
            }
            if (game.meta().parent() != null) {
                root.put("parent", game.meta().parent()).put("parent_turn", game.meta().parentTurn());
            }
            root.putArray("warnings").addAll(game.warnings().stream()
                    .map(w -> tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(w)).toList());
            ArrayNode turns = root.putArray("turns");
            for (int t = 1; t <= s.resolvedTurns() + (s.state().isOver() ? 0 : 1); t++) {
                ObjectNode turn = turns.addObject();
                turn.put("turn", t).put("year", s.scenario().scenario().yearOf(t));
                turn.set("standing", standings(s, s.stateAtTurnStart(t)));
                turn.set("events", EventJson.array(audience.redact(s.eventsOfTurn(t))));
            }
            root.put("over", s.state().isOver());
            root.put("moscow_score", s.state().score(org.amur.engine.Side.MOSCOW));
            root.put("beijing_score", s.state().score(org.amur.engine.Side.BEIJING));
            root.set("standing", standings(s, s.state()));
            out.println(TerminalJson.escape(StrictJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(root)));
            out.flush();
            return 0;
        }
        org.amur.save.Names n = game.meta().names();
        String heading = CliText.t("replay.heading", org.amur.engine.TextBundle.data(s.scenario().info().title())
                        + (n.table().isEmpty() ? "" : " - " + n.table()), s.seed(), s.rules().version(),
                (n.moscow().isEmpty() ? "" : n.moscow() + ", ") + game.meta().moscow(),
                (n.beijing().isEmpty() ? "" : n.beijing() + ", ") + game.meta().beijing())
                + (game.meta().parent() == null ? ""
                        : CliText.t("replay.branched", game.meta().parent(), game.meta().parentTurn()));
        out.println(TextRules.sanitize(heading, false));
        out.println(GameOptions.lengthLine(s.scenario()));
        out.println(CliText.t("replay.shown", view));
        for (String w : game.warnings()) {
            out.println(CliText.t("replay.warning", TextRules.sanitize(w, false)));
        }
        for (Event e : audience.redact(s.events())) {
            for (String line : Narration.lines(e)) {
                out.println(TextRules.sanitize(line, false));
            }
            if (e instanceof Event.TurnStarted ts) {
                standingLines(out, s, s.stateAtTurnStart(ts.turn()), false);
            } else if (e instanceof Event.GameEnded) {
                standingLines(out, s, s.state(), true);
            }
        }
        if (!s.state().isOver()) {
            out.println(CliText.t("replay.unfinished", s.state().turn()));
        }
        out.flush();
        return 0;
    }

    /** Each side's standing in {@code state} (Engine.standing, the one score function), as JSON. */
    private static ObjectNode standings(Session s, org.amur.engine.GameState state) {
        ObjectNode o = StrictJson.mapper().createObjectNode();
        for (Side side : Side.values()) {
            Standing st = s.engine().standing(state, side);
            o.putObject(side.id()).put("score", st.score()).put("par", st.par()).put("result", st.result())
                    .put("victory", st.victory().id());
        }
        return o;
    }

    /** Each side's standing in words, and at the end who did better against par. */
    private static void standingLines(PrintWriter out, Session s, org.amur.engine.GameState state, boolean end) {
        Text.standingLines(s.engine(), state, end).forEach(out::println);
    }
}
