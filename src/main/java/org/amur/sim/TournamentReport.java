package org.amur.sim;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.ai.Bots;
import org.amur.ai.Reasons;
import org.amur.engine.Side;

/** A {@link Tournament}'s tables and JSON, as {@code amur tournament} prints them. */
public final class TournamentReport {
    private TournamentReport() {
    }

    /** The tables {@code amur tournament} prints: own scores per seat and scenario, paired differences, claims. */
    public static void table(PrintWriter out, Tournament r, List<String> ids, double seconds) {
        Tournament.Config c = r.config();
        out.println(SimText.get("tournament.heading", "seed", Long.toString(c.seed()), "bots", c.bots().size(),
                "games", c.gamesPerPairing(), "games_text", c.gamesPerPairing(), "scenarios", ids.size(),
                "ids", String.join(", ", ids),
                "played", r.games().size(), "seconds", String.format(Locale.ROOT, "%.0f", seconds)));
        out.println();
        out.println(SimText.get("tournament.own_score"));
        out.printf(Locale.ROOT, "%-16s %-30s %-30s%n", SimText.get("tournament.bot"), SimText.get("tournament.as_moscow"),
                SimText.get("tournament.as_beijing"));
        for (int b = 0; b < c.bots().size(); b++) {
            out.printf(Locale.ROOT, "%-16s %-30s %-30s%n", Reasons.botName(c.bots().get(b)),
                    cell(r.ownScore(b, Side.MOSCOW)), cell(r.ownScore(b, Side.BEIJING)));
        }
        if (ids.size() > 1) {
            out.println();
            out.println(SimText.get("tournament.per_scenario"));
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-16s", SimText.get("tournament.bot")));
            for (String id : ids) {
                head.append(String.format(Locale.ROOT, " %15s", shorten(id, 15)));
            }
            out.println(head);
            for (int b = 0; b < c.bots().size(); b++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", Reasons.botName(c.bots().get(b))));
                for (int s = 0; s < ids.size(); s++) {
                    row.append(String.format(Locale.ROOT, " %7.1f/%-7.1f", r.ownScore(b, Side.MOSCOW, s).mean(),
                            r.ownScore(b, Side.BEIJING, s).mean()));
                }
                out.println(row);
            }
        }
        int hard = c.bots().indexOf("mcts:hard");
        if (hard >= 0) {
            out.println();
            out.println(SimText.get("tournament.paired"));
            out.printf(Locale.ROOT, "%-16s %-30s %-30s%n", SimText.get("tournament.vs"),
                    SimText.get("tournament.as_moscow"), SimText.get("tournament.as_beijing"));
            for (int b = 0; b < c.bots().size(); b++) {
                if (b != hard) {
                    out.printf(Locale.ROOT, "%-16s %-30s %-30s%n", Reasons.botName(c.bots().get(b)),
                            diff(r.paired(hard, b, Side.MOSCOW)), diff(r.paired(hard, b, Side.BEIJING)));
                }
            }
        }
        List<String> claims = claims(r);
        if (!claims.isEmpty()) {
            out.println();
            for (String line : claims) {
                out.println(line);
            }
        }
    }

    /** The strength claims the bots are built to meet, each checked on this tournament's numbers. */
    public static List<String> claims(Tournament r) {
        List<String> out = new ArrayList<>();
        List<String> bots = r.config().bots();
        int easy = bots.indexOf("mcts:easy");
        int normal = bots.indexOf("mcts:normal");
        int hard = bots.indexOf("mcts:hard");
        for (Side seat : Side.values()) {
            if (hard >= 0) {
                List<String> beaten = new ArrayList<>();
                List<String> notSure = new ArrayList<>();
                for (String p : Bots.personalities()) {
                    int i = bots.indexOf(p);
                    if (i < 0) {
                        continue;
                    }
                    (r.paired(hard, i, seat).low() > 0 ? beaten : notSure).add(Reasons.botName(p));
                }
                if (!beaten.isEmpty() || !notSure.isEmpty()) {
                    out.add(SimText.get("tournament.claim_hard", "seat", seat.displayName(),
                            "beaten", beaten.isEmpty() ? SimText.get("tournament.no_personality") : String.join(", ", beaten),
                            "unsure", notSure.isEmpty() ? "none" : "some", "unsure_names", String.join(", ", notSure)));
                }
            }
            if (easy >= 0 && normal >= 0 && hard >= 0) {
                double e = r.ownScore(easy, seat).mean();
                double n = r.ownScore(normal, seat).mean();
                double h = r.ownScore(hard, seat).mean();
                boolean ordered = e < n && n < h;
                out.add(SimText.get("tournament.claim_levels", "seat", seat.displayName(),
                        "ordered", ordered ? "yes" : "no", "easy", String.format(Locale.ROOT, "%.1f", e),
                        "normal", String.format(Locale.ROOT, "%.1f", n), "hard", String.format(Locale.ROOT, "%.1f", h),
                        "normal_easy", diff(r.paired(normal, easy, seat)).strip(),
                        "hard_normal", diff(r.paired(hard, normal, seat)).strip()));

            }
        }
        return out;
    }

    private static String cell(Tournament.Estimate e) {
        return String.format(Locale.ROOT, "%6.1f [%6.1f, %6.1f] (%d)", e.mean(), e.low(), e.high(), e.n());
    }

    private static String diff(Tournament.Estimate e) {
        return String.format(Locale.ROOT, "%+6.1f [%+6.1f, %+6.1f]", e.mean(), e.low(), e.high());
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    /** What {@code amur tournament --json} prints (stable names). */
    public static Map<String, Object> json(Tournament r, List<String> ids) {
        Tournament.Config c = r.config();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", c.seed());
        root.put("games_per_pairing", c.gamesPerPairing());
        root.put("scenarios", ids);
        root.put("games", r.games().size());
        List<Object> rows = new ArrayList<>();
        for (int b = 0; b < c.bots().size(); b++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("bot", c.bots().get(b));
            for (Side seat : Side.values()) {
                Map<String, Object> s = estimate(r.ownScore(b, seat));
                Map<String, Object> per = new LinkedHashMap<>();
                for (int i = 0; i < ids.size(); i++) {
                    per.put(ids.get(i), estimate(r.ownScore(b, seat, i)));
                }
                s.put("by_scenario", per);
                row.put(seat.id(), s);
            }
            rows.add(row);
        }
        root.put("own_score", rows);
        int hard = c.bots().indexOf("mcts:hard");
        if (hard >= 0) {
            List<Object> paired = new ArrayList<>();
            for (int b = 0; b < c.bots().size(); b++) {
                if (b != hard) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("vs", c.bots().get(b));
                    for (Side seat : Side.values()) {
                        row.put(seat.id(), estimate(r.paired(hard, b, seat)));
                    }
                    paired.add(row);
                }
            }
            root.put("hard_minus_other_paired", paired);
        }
        root.put("claims", claims(r));
        return root;
    }

    private static Map<String, Object> estimate(Tournament.Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", e.n());
        m.put("mean", round(e.mean()));
        m.put("ci95_low", round(e.low()));
        m.put("ci95_high", round(e.high()));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
