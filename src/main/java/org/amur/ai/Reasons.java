package org.amur.ai;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.engine.Engine;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.TextBundle;
import org.amur.engine.Variant;

/**
 * The bots' player-facing text, kept in {@code org/amur/ai/bots.properties} (UTF-8): bot names, verbs
 * and one reason template per rule of every personality. A reason reads
 * "{@code Beijing (Hedger) requested S-400 regiments: ...}"; the part after the colon is filled from the
 * situation through placeholders such as {@code {trust}}, {@code {risk}} or {@code {industry}} (see
 * {@link #fill}), so every line states the numbers the bot acted on.
 */
public final class Reasons {
    private static final TextBundle TEXT = TextBundle.load(Reasons.class, "bots.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

    private Reasons() {
    }

    /** The text for {@code key}, or {@code [key]} if missing (a test checks that none is). */
    public static String get(String key) {
        return TEXT.get(key);
    }

    public static boolean has(String key) {
        return TEXT.has(key);
    }

    /** Display name of a bot spec, e.g. {@code Historian} or {@code Search, hard}. */
    public static String botName(String spec) {
        return get("bot." + spec.replace(':', '.'));
    }

    /** The verb a side's choice takes in the past tense: offered, requested or proposed. */
    public static String verb(Variant v, Side side) {
        return get("verb." + v.role(side));
    }

    /**
     * The whole reason line for a heuristic pick: who, what, and the rule's reason filled from the
     * situation.
     */
    public static String explain(String spec, Situation s, Policy.Pick pick) {
        return line(spec, s.seat(), pick.variant(), fill(get(pick.reasonKey()), s, Map.of()));
    }

    /**
     * {@code <side> (<bot>) <verb> <variant>: <why>}, cut at a word to fit {@link Engine#MAX_RATIONALE}
     * so that it can be committed as the choice's rationale.
     */
    public static String line(String spec, Side side, Variant v, String why) {
        String s = get("reason.line").replace("{side}", side.displayName()).replace("{bot}", botName(spec))
                .replace("{verb}", verb(v, side)).replace("{variant}", Text.title(v)).replace("{why}", why);
        if (s.length() <= Engine.MAX_RATIONALE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', Engine.MAX_RATIONALE - 4);
        return s.substring(0, cut > 0 ? cut : Engine.MAX_RATIONALE - 4) + " ...";
    }

    /**
     * Fills a template's placeholders: {@code extra} first, then the situation's numbers — trust,
     * risk (US-China war risk), threshold (real-threat level), tension (Russia-NATO), crisis (NATO
     * crisis level), level (alliance rung), pressure (Western), industry, edge, far_east, ru_economy,
     * pla, indigenous, cn_economy, standing, leverage, copy (Beijing only), turn, turns_left.
     * An unknown or hidden placeholder is left as {@code ?}.
     */
    public static String fill(String template, Situation s, Map<String, String> extra) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = extra.containsKey(name) ? extra.get(name) : value(name, s);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Situation s) {
        return switch (name) {
            case "trust" -> num(s, Indicator.TRUST);
            case "risk" -> num(s, Indicator.US_CHINA_WAR_RISK);
            case "threshold" -> Narration.number(s.realThreat(), 0);
            case "tension" -> num(s, Indicator.RUSSIA_NATO_TENSION);
            case "crisis" -> Narration.number(s.natoCrisis(), 0);
            case "level" -> num(s, Indicator.ALLIANCE_LEVEL);
            case "pressure" -> num(s, Indicator.WESTERN_PRESSURE);
            case "industry" -> num(s, Indicator.RU_DEFENSE_INDUSTRY);
            case "edge" -> num(s, Indicator.RU_TECH_EDGE);
            case "far_east" -> num(s, Indicator.RU_FAR_EAST_SECURITY);
            case "ru_economy" -> num(s, Indicator.RU_ECONOMY);
            case "pla" -> num(s, Indicator.CN_PLA_MODERNIZATION);
            case "indigenous" -> num(s, Indicator.CN_INDIGENOUS_INDUSTRY);
            case "cn_economy" -> num(s, Indicator.CN_ECONOMY);
            case "standing" -> num(s, Indicator.CN_STANDING);
            case "leverage" -> num(s, Indicator.CN_LEVERAGE);
            case "copy" -> num(s, Indicator.CN_COPY_PROGRESS);
            case "turn" -> Integer.toString(s.turn());
            case "turns_left" -> Integer.toString(s.turnsLeft());
            default -> "?";
        };
    }

    private static String num(Situation s, Indicator i) {
        return s.sees(i) ? Narration.number(s.get(i), 0) : "?";
    }
}
