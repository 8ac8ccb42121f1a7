package org.amur.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.amur.engine.Asymmetry;
import org.amur.engine.EndReason;
import org.amur.engine.Event;
import org.amur.engine.Forecast;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.LoadedGame;
import org.amur.save.SaveMeta;
import org.amur.scenario.ScenarioInfo;
import org.amur.scenario.TextRules;
import org.amur.session.Session;

/**
 * Builds a {@link GameReport} from a replayed game: the whole truth, as a facilitator sees it after
 * the game (Beijing's secret copy progress included). Deterministic: the same save gives the same
 * report, byte for byte, in every format.
 */
public final class ReportBuilder {
    /** The shared indicators charted in every report, in this order. */
    private static final List<Indicator> SHARED = List.of(Indicator.TRUST, Indicator.INTEROPERABILITY,
            Indicator.ALLIANCE_LEVEL, Indicator.US_CHINA_WAR_RISK, Indicator.RUSSIA_NATO_TENSION,
            Indicator.WESTERN_PRESSURE);
    /** Per side, what is charted after its objectives: the report's watch-points (delivery, copying). */
    private static final Map<Side, List<Indicator>> WATCH = new EnumMap<>(Map.of(
            Side.MOSCOW, List.of(Indicator.RU_DELIVERY_BACKLOG),
            Side.BEIJING, List.of(Indicator.CN_COPY_PROGRESS)));
    /** Effects whose key starts with this are the facilitator's (values set directly by a ruling). */
    static final String FACILITATOR_EFFECT = "facilitator.";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._/+=:@%-]+");

    private final Session s;
    private final Scenario sc;
    private final ScenarioInfo info;
    private final int resolved;
    private final int shownTurns;

    private ReportBuilder(Session s) {
        this.s = s;
        this.sc = s.scenario().scenario();
        this.info = s.scenario().info();
        this.resolved = s.resolvedTurns();
        this.shownTurns = resolved + (s.state().isOver() ? 0 : 1);
    }

    /** The report of a loaded save; {@code saveName} is the save as the user named it (shown and used in commands). */
    public static GameReport build(LoadedGame game, String saveName) {
        return build(game.session(), game.meta(), game.warnings(), saveName);
    }

    /**
     * As {@link #build(LoadedGame, String)}, with {@code scenarioArgument} what the play-again command gives
     * {@code --scenario}: the scenario's id, its file, or the save that carries it when neither is this
     * scenario here (null: the id).
     */
    public static GameReport build(LoadedGame game, String saveName, String scenarioArgument) {
        return build(game.session(), game.meta(), game.warnings(), saveName, scenarioArgument);
    }

    public static GameReport build(Session session, SaveMeta meta, List<String> warnings, String saveName) {
        return build(session, meta, warnings, saveName, null);
    }

    public static GameReport build(Session session, SaveMeta meta, List<String> warnings, String saveName,
                                   String scenarioArgument) {
        ReportBuilder b = new ReportBuilder(session);
        b.scenarioArgument = scenarioArgument;
        return b.report(meta, warnings, saveName);
    }

    private String scenarioArgument;

    private GameReport report(SaveMeta meta, List<String> warnings, String saveName) {
        List<GameReport.Turn> turns = new ArrayList<>();
        for (int t = 1; t <= shownTurns; t++) {
            turns.add(new GameReport.Turn(t, sc.yearOf(t), t <= resolved, timeline(s.eventsOfTurn(t)),
                    t <= resolved ? TurnSummary.of(s.eventsOfTurn(t)) : null));
        }
        List<GameReport.SideScore> scores = List.of(score(Side.MOSCOW), score(Side.BEIJING));
        List<GameReport.Question> questions = Questions.select(s, scores);
        return new GameReport(header(meta, warnings, saveName, scores), turns, pointLabels(), charts(), scores,
                questions, briefings(), sources(turns, scores), states());
    }

    // ------------------------------------------------------------------ header

    private GameReport.Header header(SaveMeta meta, List<String> warnings, String saveName,
                                     List<GameReport.SideScore> scores) {
        GameState st = s.state();
        String name = clean(saveName);
        String seed = Long.toString(s.seed());
        String replay = "./amur replay " + shellWord(name);
        String play = "./amur play --scenario " + shellWord(scenarioArgument == null ? sc.id() : scenarioArgument)
                + " --seed" + (s.seed() < 0 ? "=" : " ") + seed
                + (s.scenario().lengthChanged() ? " --turns " + sc.turns() : "")
                + " --moscow " + shellWord(meta.moscow()) + " --beijing " + shellWord(meta.beijing());
        String facilitation = null;
        if (meta.facilitator() != null) {
            String adjudication = meta.facilitator().adjudication().id();
            play += (meta.facilitator().openPlay() ? " --facilitator=open" : " --facilitator") + " --adjudication "
                    + adjudication;
            facilitation = ReportText.fmt("summary.facilitation.value", ReportText.get(meta.facilitator().openPlay()
                    ? "summary.facilitation.open" : "summary.facilitation.closed"), adjudication);
        }
        List<String> w = warnings.stream().map(x -> clean(x)).toList();
        return new GameReport.Header(clean(info.title()), sc.id(), cleanMultiline(info.description()), s.seed(),
                SplitMix64.ALGORITHM, seat(meta.moscow()), seat(meta.beijing()),
                meta.parent() == null ? null : clean(meta.parent()), meta.parentTurn(), name, w, sc.startYear(),
                sc.turns(), resolved, sc.yearOf(Math.max(1, shownTurns)), st.isOver(),
                st.isOver() ? Text.ending(st.ending(), st.allianceLevel() >= 3) : null, scores.get(0).total(), scores.get(1).total(),
                replay, play, facilitation, s.rules().version(), s.scenario().length().turns(),
                clean(meta.names().table()), clean(meta.names().moscow()), clean(meta.names().beijing()));
    }

    private static String seat(String spec) {
        String c = clean(spec);
        return "human".equals(c) ? ReportText.get("seat.human") : ReportText.fmt("seat.bot", c);
    }

    /** A word as a POSIX shell would read it back: left alone when plain, else in single quotes. */
    static String shellWord(String w) {
        if (!w.isEmpty() && PLAIN_WORD.matcher(w).matches()) {
            return w;
        }
        return "'" + w.replace("'", "'\\''") + "'";
    }

    // ------------------------------------------------------------------ timeline

    private List<Entry> timeline(List<Event> events) {
        List<Entry> out = new ArrayList<>();
        for (Event e : events) {
            Entry entry = entry(e);
            if (entry != null) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The entry for one event, or null for bookkeeping events the report shows elsewhere. */
    private Entry entry(Event e) {
        if (e instanceof Event.GameStarted || e instanceof Event.TurnStarted || e instanceof Event.ChoiceCommitted) {
            return null; // in the header, the turn heading, and implied by the reveal
        } else if (e instanceof Event.CardDrawn c) {
            String text = info.cardTexts().get(c.cardId());
            return new Entry.Card(clean(c.title()), text == null ? "" : cleanMultiline(text), c.chance(), c.draw(),
                    clean(c.citation()), changes(c.deltas()));
        } else if (e instanceof Event.ChoiceWithdrawn w) {
            return new Entry.Withdrawn(w.side());
        } else if (e instanceof Event.ChoicesRevealed r) {
            return new Entry.Choices(choice(Side.MOSCOW, r.moscow(), r.moscowRationale()),
                    choice(Side.BEIJING, r.beijing(), r.beijingRationale()));
        } else if (e instanceof Event.Roll r) {
            List<Entry.Factor> mods = new ArrayList<>();
            for (Event.Applied a : r.modifiers()) {
                Mod m = a.mod();
                String size = m.unit() == Mod.Unit.FACTOR ? "x" + Narration.number(a.size(), 2)
                        : Narration.signed(a.size(), 1) + " pp";
                mods.add(factor(m, size));
            }
            return new Entry.Roll(Text.name(r.kind()), r.subject() == null ? "" : Text.rollSubject(r.kind(), r.subject()),
                    r.baseOdds(),
                    r.kind().citation() == null ? "" : r.kind().citation().toString(), mods, r.odds(), r.draw(),
                    r.success());
        } else if (e instanceof Event.Injected i) {
            String text = i.cardId() == null ? null : info.cardTexts().get(i.cardId());
            return new Entry.Facilitator("inject", clean(i.title()), text == null ? "" : cleanMultiline(text),
                    changes(i.deltas()), clean(i.rationale()));
        } else if (e instanceof Event.Adjudicated a) {
            return new Entry.Facilitator("ruling", ReportText.fmt("facilitator.ruling.title",
                    ReportText.count("roll", a.overrides()), ReportText.count("value", a.adjustments())), "", List.of(),
                    clean(a.rationale()));
        } else if (e instanceof Event.Overridden o) {
            return new Entry.Facilitator("override", ReportText.fmt("facilitator.override.title", Text.name(o.kind())
                    + (o.subject() == null ? "" : " (" + Text.rollSubject(o.kind(), o.subject()) + ")"),
                    ReportText.get(o.ruling() ? "timeline.roll.yes" : "timeline.roll.no"),
                    ReportText.get(o.engineResult() ? "timeline.roll.yes" : "timeline.roll.no")), "", List.of(), "");
        } else if (e instanceof Event.FacilitatorNote n) {
            return new Entry.Facilitator("note", cleanMultiline(n.text()), "", List.of(), "");
        } else if (e instanceof Event.Effect fx && fx.key().startsWith(FACILITATOR_EFFECT)) {
            return new Entry.Facilitator("adjustment", Text.narrate(fx), "", changes(fx.deltas()), "");
        } else if (e instanceof Event.Effect fx) {
            List<Entry.Factor> factors = new ArrayList<>();
            for (Event.Applied a : fx.factors()) {
                // the size exactly as the log writes it: "<id> <title> <size>"
                String prefix = a.mod().asymmetry().id() + " " + a.mod().asymmetry().title() + " ";
                factors.add(factor(a.mod(), Narration.applied(a).substring(prefix.length())));
            }
            return new Entry.Effect(Text.narrate(fx), factors, changes(fx.deltas()));
        } else if (e instanceof Event.ContractUpdate u) {
            return new Entry.Contract(u.stage() == Event.ContractUpdate.Stage.SIGNED, clean(Narration.contract(u)));
        } else if (e instanceof Event.AllianceChanged a) {
            return new Entry.Alliance(a.from(), a.to(), Narration.allianceRung(a.from()),
                    Narration.allianceRung(a.to()));
        } else if (e instanceof Event.TurnResolved t) {
            return new Entry.Net(changes(t.net()));
        } else if (e instanceof Event.GameEnded g) {
            return new Entry.Ended(Text.ending(g.reason(), g.treaty()), g.moscowScore(), g.beijingScore());
        }
        // An event this report does not know yet: shown as the log narrates it, never dropped.
        List<String> lines = Narration.lines(e).stream().map(l -> clean(l)).toList();
        return new Entry.Other(e.getClass().getSimpleName(), Entry.Source.ENGINE,
                lines.isEmpty() ? List.of(clean(e.toString())) : lines);
    }

    private static Entry.Factor factor(Mod m, String size) {
        Asymmetry a = m.asymmetry();
        return new Entry.Factor(a.id(), a.title(), size, org.amur.engine.ModCitations.pages(m));
    }

    private Entry.Choice choice(Side side, Variant v, String rationale) {
        String role = v.role(side);
        return new Entry.Choice(side, v.id(), Text.title(v), ReportText.has("role." + role)
                ? ReportText.get("role." + role) : role, v.line().title(), v.citation().toString(), clean(rationale));
    }

    private static List<Entry.Change> changes(List<Event.Delta> deltas) {
        List<Entry.Change> out = new ArrayList<>();
        for (Event.Delta d : deltas) {
            Asymmetry a = d.cause() == null ? null : d.cause().asymmetry();
            out.add(new Entry.Change(d.indicator().id(), Text.label(d.indicator()), d.before(), d.after(),
                    a == null ? null : a.id(), a == null ? null : a.title(),
                    a == null ? null : org.amur.engine.ModCitations.pages(d.cause()),
                    d.indicator().visibility() != Indicator.Visibility.PUBLIC));
        }
        return out;
    }

    // ------------------------------------------------------------------ charts and states

    private List<String> pointLabels() {
        int n = s.history(Indicator.TRUST).length;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean end = s.state().isOver() && i == n - 1;
            out.add(end ? ReportText.get("charts.end") : Integer.toString(sc.yearOf(i + 1)));
        }
        return out;
    }

    private List<GameReport.ChartGroup> charts() {
        List<GameReport.ChartGroup> groups = new ArrayList<>();
        List<GameReport.Chart> shared = new ArrayList<>();
        SHARED.forEach(i -> shared.add(chart(Text.label(i), List.of(i), null)));
        groups.add(new GameReport.ChartGroup("charts.shared", shared));
        for (Side side : Side.values()) {
            List<Indicator> shown = new ArrayList<>();
            for (Scenario.Objective o : sc.objectives(side)) {
                if (!SHARED.contains(o.indicator()) && !shown.contains(o.indicator())) {
                    shown.add(o.indicator());
                }
            }
            for (Indicator w : WATCH.get(side)) {
                if (!shown.contains(w)) {
                    shown.add(w);
                }
            }
            List<GameReport.Chart> cs = new ArrayList<>();
            shown.forEach(i -> cs.add(chart(Text.label(i), List.of(i), side)));
            groups.add(new GameReport.ChartGroup("charts." + side.id(), cs));
        }
        groups.add(new GameReport.ChartGroup("charts.scores", List.of(chart(ReportText.get("charts.scores"),
                List.of(Indicator.RU_SCORE, Indicator.CN_SCORE), null))));
        return groups;
    }

    private GameReport.Chart chart(String title, List<Indicator> indicators, Side side) {
        List<GameReport.Series> series = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Indicator i : indicators) {
            List<Double> values = new ArrayList<>();
            for (double d : s.history(i)) {
                values.add(d);
            }
            Side owner = i == Indicator.RU_SCORE ? Side.MOSCOW : i == Indicator.CN_SCORE ? Side.BEIJING : side;
            series.add(new GameReport.Series(i.id(), Text.label(i), owner,
                    i.visibility() != Indicator.Visibility.PUBLIC, values));
            min = Math.min(min, i.min());
            max = Math.max(max, i.max());
        }
        return new GameReport.Chart(title, series, min, max);
    }

    private List<GameReport.StateRow> states() {
        List<GameReport.StateRow> rows = new ArrayList<>();
        int n = s.history(Indicator.TRUST).length;
        for (int i = 1; i <= n; i++) {
            GameState st = s.stateAtTurnStart(i);
            List<Double> values = new ArrayList<>();
            for (Indicator ind : Indicator.values()) {
                values.add(st.get(ind));
            }
            boolean end = s.state().isOver() && i == n;
            if (end) {
                rows.add(new GameReport.StateRow(resolved, sc.yearOf(resolved), "end", "", "", "", "", "", "", values));
                continue;
            }
            List<String> cards = new ArrayList<>();
            Event.ChoicesRevealed revealed = null;
            for (Event e : s.eventsOfTurn(i)) {
                if (e instanceof Event.CardDrawn c) {
                    cards.add(clean(c.title()));
                } else if (e instanceof Event.ChoicesRevealed r) {
                    revealed = r;
                }
            }
            List<String> facilitator = new ArrayList<>();
            for (Entry en : timeline(s.eventsOfTurn(i))) {
                if (en instanceof Entry.Facilitator f) {
                    facilitator.add(Formats.facilitatorMarker(f.kind()) + ": " + f.title()
                            + (f.rationale().isEmpty() ? "" : " (" + f.rationale() + ")"));
                }
            }
            rows.add(new GameReport.StateRow(i, sc.yearOf(i), "start", String.join("; ", cards),
                    revealed == null ? "" : revealed.moscow().id(),
                    revealed == null ? "" : clean(revealed.moscowRationale()),
                    revealed == null ? "" : revealed.beijing().id(),
                    revealed == null ? "" : clean(revealed.beijingRationale()), String.join("; ", facilitator), values));
        }
        return rows;
    }

    // ------------------------------------------------------------------ scores

    /**
     * The values when the score was last computed, at the end of resolved turn {@code turn}: the state
     * at the start of the next turn with that turn's event cards undone (under rules 1 and 2 cards come
     * after the scoring and do not rescore; from rules 3 on they are scored when drawn, and kept). Anything
     * the facilitator injected during {@code turn} is included.
     */
    static Indicators valuesAfterTurn(Session s, int turn) {
        Indicators v = s.stateAtTurnStart(turn + 1).values();
        if (s.rules().scoresCardsAtTurnStart()) {
            return v; // rules 3: the next turn's cards were scored when they were drawn
        }
        List<Event> next = turn + 1 <= s.resolvedTurns() + 1 ? s.eventsOfTurn(turn + 1) : List.of();
        for (int k = next.size() - 1; k >= 0; k--) {
            if (next.get(k) instanceof Event.CardDrawn c) {
                for (int j = c.deltas().size() - 1; j >= 0; j--) {
                    Event.Delta d = c.deltas().get(j);
                    v = v.with(d.indicator(), d.before());
                }
            }
        }
        return v;
    }

    private GameReport.SideScore score(Side side) {
        boolean over = s.state().isOver();
        if (resolved == 0 && !s.rules().scoresCardsAtTurnStart()) {
            return new GameReport.SideScore(side, List.of(), 0, 0, 0, 0, List.of(), 0, true,
                    s.engine().standing(s.stateAtTurnStart(1), side));
        }
        Indicators end = valuesAfterTurn(s, resolved);
        Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
        List<GameReport.ObjectiveLine> lines = new ArrayList<>();
        double objectivePoints = 0;
        for (Scenario.Objective o : sc.objectives(side)) {
            Indicator i = o.indicator();
            double start = sc.start().get(i);
            double points = o.weight() * (end.get(i) - start) * 100.0 / i.range();
            objectivePoints += points;
            weights.merge(i, o.weight(), Double::sum);
            String why = info.objectiveNotes().get(side.id() + ":" + i.id());
            lines.add(new GameReport.ObjectiveLine(i.id(), Text.label(i), why == null ? "" : clean(why), o.weight(),
                    start, end.get(i), points));
        }
        double outcome = 0;
        double entangled = 0;
        if (over) {
            EndReason reason = s.state().ending();
            outcome = sc.outcomeScores().of(reason, side);
            boolean partnerWar = (reason == EndReason.WAR_US_CHINA && side == Side.MOSCOW)
                    || (reason == EndReason.WAR_RUSSIA_NATO && side == Side.BEIJING);
            if (partnerWar && s.state().allianceLevel() >= 3) {
                entangled = Forecast.modifierSize(s.engine(), Mod.A12_DRAWN_INTO_WAR);
            }
        }
        // The same objective points, by cause: every logged change to an objective indicator.
        Map<String, Double> byCause = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        // rules 3 scores the pending turn's opening cards when they are drawn
        int scored = !over && s.rules().scoresCardsAtTurnStart() ? resolved + 1 : resolved;
        for (int t = 1; t <= scored; t++) {
            for (Event e : s.eventsOfTurn(t)) {
                if (t > resolved && !(e instanceof Event.CardDrawn)) {
                    continue;
                }
                List<Event.Delta> deltas = e instanceof Event.CardDrawn c ? c.deltas()
                        : e instanceof Event.Effect fx ? fx.deltas()
                        : e instanceof Event.Injected i ? i.deltas() : List.of();
                boolean facilitator = e instanceof Event.Injected
                        || (e instanceof Event.Effect fx && fx.key().startsWith(FACILITATOR_EFFECT));
                for (Event.Delta d : deltas) {
                    Double w = weights.get(d.indicator());
                    if (w == null) {
                        continue;
                    }
                    String key;
                    if (facilitator) {
                        key = "facilitator";
                        labels.put(key, ReportText.get("driver.facilitator"));
                    } else if (e instanceof Event.CardDrawn) {
                        key = "cards";
                        labels.put(key, ReportText.get("driver.cards"));
                    } else if (d.cause() == null) {
                        key = "direct";
                        labels.put(key, ReportText.get("driver.direct"));
                    } else {
                        Asymmetry a = d.cause().asymmetry();
                        key = a.id();
                        labels.put(key, a.id() + " " + a.title());
                    }
                    byCause.merge(key, w * d.change() * 100.0 / d.indicator().range(), Double::sum);
                }
            }
        }
        List<GameReport.Driver> drivers = new ArrayList<>();
        double itemised = 0;
        for (Map.Entry<String, Double> en : byCause.entrySet()) {
            drivers.add(new GameReport.Driver(en.getKey(), labels.get(en.getKey()), en.getValue()));
            itemised += en.getValue();
        }
        drivers.sort((a, b) -> {
            int c = Double.compare(Math.abs(b.points()), Math.abs(a.points()));
            return c != 0 ? c : a.key().compareTo(b.key());
        });
        double total = end.get(Indicator.score(side));
        // the standing through the engine's one score function: the final one, or as of the next turn's start
        org.amur.engine.Standing standing = over ? s.engine().standing(side, total)
                : s.engine().standingAtTurnStart(side, total, resolved + 1);
        return new GameReport.SideScore(side, lines, objectivePoints, outcome, entangled, total, drivers,
                objectivePoints - itemised, !over, standing);
    }

    // ------------------------------------------------------------------ appendices

    private List<GameReport.Briefing> briefings() {
        List<GameReport.Briefing> out = new ArrayList<>();
        if (info.description() != null && !info.description().isBlank()) {
            out.add(new GameReport.Briefing(ReportText.get("briefing.description"), cleanMultiline(info.description())));
        }
        ScenarioInfo.Briefing b = info.briefing();
        if (b != null) {
            add(out, "briefing.moscow", b.moscow());
            add(out, "briefing.beijing", b.beijing());
            add(out, "briefing.facilitator", b.facilitator());
        }
        return out;
    }

    private static void add(List<GameReport.Briefing> out, String key, String text) {
        if (text != null && !text.isBlank()) {
            out.add(new GameReport.Briefing(ReportText.get(key), cleanMultiline(text)));
        }
    }

    private static List<GameReport.Source> sources(List<GameReport.Turn> turns, List<GameReport.SideScore> scores) {
        java.util.Set<Asymmetry> seen = java.util.EnumSet.noneOf(Asymmetry.class);
        for (GameReport.Turn t : turns) {
            for (Entry e : t.entries()) {
                List<Entry.Factor> fs = e instanceof Entry.Roll r ? r.modifiers()
                        : e instanceof Entry.Effect fx ? fx.factors() : List.of();
                fs.forEach(f -> seen.add(Asymmetry.parse(f.asymmetryId())));
                List<Entry.Change> cs = e instanceof Entry.Effect fx ? fx.changes()
                        : e instanceof Entry.Card c ? c.changes() : List.of();
                cs.stream().filter(c -> c.causeId() != null).forEach(c -> seen.add(Asymmetry.parse(c.causeId())));
            }
        }
        List<GameReport.Source> out = new ArrayList<>();
        for (Asymmetry a : seen) { // EnumSet iterates in declaration order: A1..A13
            out.add(new GameReport.Source(a.id(), a.title(), a.citationText()));
        }
        return out;
    }

    static String clean(String s) {
        return TextRules.sanitize(s, false);
    }

    static String cleanMultiline(String s) {
        return TextRules.sanitize(s, true);
    }
}
