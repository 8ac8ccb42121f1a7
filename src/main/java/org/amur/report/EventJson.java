package org.amur.report;

import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as JSON for tools (replay --json, reports): every event becomes an object with a
 * {@code type}, stable ids (state ids, variant ids, asymmetry ids, modifier names) and, where a
 * person would read it, the text too. Field names are stable; new fields may be added.
 */
public final class EventJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventJson() {
    }

    public static ArrayNode array(List<Event> events) {
        ArrayNode a = F.arrayNode();
        for (Event e : events) {
            a.add(of(e));
        }
        return a;
    }

    public static ObjectNode of(Event e) {
        ObjectNode o = F.objectNode();
        if (e instanceof Event.GameStarted g) {
            o.put("type", "game_started").put("scenario", g.scenarioId()).put("seed", g.seed())
                    .put("rng", g.rngAlgorithm());
        } else if (e instanceof Event.TurnStarted t) {
            o.put("type", "turn_started").put("turn", t.turn()).put("year", t.year());
        } else if (e instanceof Event.CardDrawn c) {
            o.put("type", "card").put("card", c.cardId()).put("title", c.title()).put("chance", c.chance())
                    .put("draw", c.draw()).put("citation", c.citation());
            o.set("deltas", deltas(c.deltas()));
        } else if (e instanceof Event.ChoiceCommitted c) {
            o.put("type", "committed").put("side", c.side().id());
        } else if (e instanceof Event.ChoiceWithdrawn w) {
            o.put("type", "withdrawn").put("side", w.side().id());
        } else if (e instanceof Event.ChoicesRevealed r) {
            o.put("type", "revealed").put("turn", r.turn());
            o.set("moscow", choice(r.moscow(), Side.MOSCOW, r.moscowRationale()));
            o.set("beijing", choice(r.beijing(), Side.BEIJING, r.beijingRationale()));
        } else if (e instanceof Event.Roll r) {
            o.put("type", "roll").put("kind", r.kind().id()).put("name", Text.name(r.kind()));
            if (r.subject() != null) {
                o.put("subject", r.subject().id());
            }
            o.put("base_odds", r.baseOdds());
            ArrayNode mods = o.putArray("modifiers");
            for (Event.Applied a : r.modifiers()) {
                mods.add(applied(a));
            }
            o.put("odds", r.odds()).put("draw", r.draw()).put("success", r.success());
        } else if (e instanceof Event.Effect fx) {
            o.put("type", "effect").put("key", fx.key()).put("text", Text.narrate(fx));
            if (fx.subject() != null) {
                o.put("subject", fx.subject().id());
            }
            if (fx.actor() != null) {
                o.put("actor", fx.actor().id());
            }
            ArrayNode factors = o.putArray("factors");
            for (Event.Applied a : fx.factors()) {
                factors.add(applied(a));
            }
            o.set("deltas", deltas(fx.deltas()));
        } else if (e instanceof Event.ContractUpdate u) {
            org.amur.engine.Contract c = u.contract();
            o.put("type", "contract").put("stage", u.stage().name().toLowerCase(java.util.Locale.ROOT))
                    .put("system", c.system().id()).put("number", c.number()).put("units", c.units())
                    .put("unit", c.unit()).put("value_busd", c.valueBusd()).put("tranches", c.tranches())
                    .put("delivered", c.delivered()).put("signed_turn", c.signedTurn()).put("broken", c.broken())
                    .put("text", org.amur.engine.Narration.contract(u));
        } else if (e instanceof Event.AllianceChanged a) {
            o.put("type", "alliance").put("from", a.from()).put("to", a.to());
        } else if (e instanceof Event.TurnResolved t) {
            o.put("type", "turn_resolved").put("turn", t.turn()).put("year", t.year());
            o.set("net", deltas(t.net()));
        } else if (e instanceof Event.Injected i) {
            o.put("type", "inject").put("facilitator", true).put("turn", i.turn()).put("title", i.title())
                    .put("rationale", i.rationale());
            if (i.cardId() != null) {
                o.put("card", i.cardId());
            }
            o.set("deltas", deltas(i.deltas()));
        } else if (e instanceof Event.Adjudicated a) {
            o.put("type", "ruling").put("facilitator", true).put("turn", a.turn()).put("rationale", a.rationale())
                    .put("overrides", a.overrides()).put("adjustments", a.adjustments());
        } else if (e instanceof Event.Overridden ov) {
            o.put("type", "override").put("facilitator", true).put("kind", ov.kind().id())
                    .put("engine_result", ov.engineResult()).put("ruling", ov.ruling());
            if (ov.subject() != null) {
                o.put("subject", ov.subject().id());
            }
        } else if (e instanceof Event.FacilitatorNote n) {
            o.put("type", "note").put("facilitator", true).put("turn", n.turn()).put("text", n.text());
        } else if (e instanceof Event.GameEnded g) {
            o.put("type", "game_ended").put("reason", g.reason().id()).put("turn", g.turn())
                    .put("moscow_score", g.moscowScore()).put("beijing_score", g.beijingScore())
                    .put("treaty", g.treaty());
        }
        o.put("text", String.join("\n", Narration.lines(e)));
        return o;
    }

    private static ObjectNode choice(Variant v, Side side, String rationale) {
        ObjectNode c = F.objectNode();
        c.put("variant", v.id()).put("title", Text.title(v)).put("line", v.line().id()).put("role", v.role(side))
                .put("rationale", rationale);
        return c;
    }

    private static ObjectNode applied(Event.Applied a) {
        Mod m = a.mod();
        ObjectNode o = F.objectNode();
        o.put("modifier", m.name()).put("asymmetry", m.asymmetry().id()).put("size", a.size())
                .put("unit", m.unit().symbol()).put("citation", m.asymmetry().citationText());
        return o;
    }

    private static ArrayNode deltas(List<Event.Delta> ds) {
        ArrayNode a = F.arrayNode();
        for (Event.Delta d : ds) {
            ObjectNode o = a.addObject();
            o.put("id", d.indicator().id()).put("before", d.before()).put("after", d.after());
            if (d.cause() != null) {
                o.put("modifier", d.cause().name()).put("asymmetry", d.cause().asymmetry().id())
                        .put("citation", d.cause().asymmetry().citationText());
            }
        }
        return a;
    }
}
