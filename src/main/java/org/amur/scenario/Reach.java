package org.amur.scenario;

import static org.amur.engine.Indicator.*;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.amur.engine.Indicator;
import org.amur.engine.Variant;

/**
 * Which state values can change at all in a scenario, given the variants it offers, the effects of its
 * cards and its start values. Used to warn about objectives that always score zero and card triggers
 * that can never hold.
 *
 * <p>The answer over-approximates on purpose (an asymmetry weighed 0 is still counted as moving what it
 * moves), so that a warning is given only when nothing in the game can move a value. It follows the
 * turn sequence of the engine ({@code ./amur rules}, section 1): the world's drift and the
 * cooperation-or-no-contact rules run every turn; the rest depends on what is on offer.
 */
final class Reach {
    private Reach() {
    }

    /** What moves every turn whatever is offered: trust (contact or its absence), A10, A3, A5, A8, A2. */
    private static final Set<Indicator> EVERY_TURN = EnumSet.of(TRUST, RU_FREEDOM, RU_ECONOMY, RUSSIA_NATO_TENSION,
            CN_STANDING, CN_ECONOMY, US_CHINA_WAR_RISK, CN_LEVERAGE, RU_DEFENSE_INDUSTRY, CN_INDIGENOUS_INDUSTRY,
            RU_FAR_EAST_SECURITY, RU_SCORE, CN_SCORE);

    /**
     * @param variants the variants on offer
     * @param cardEffects the ids each card changes
     * @param start start values of the settable ids
     */
    static Set<Indicator> movable(Collection<Variant> variants, Collection<Indicator> cardEffects,
                                  Map<Indicator, Double> start) {
        Set<Indicator> out = EnumSet.copyOf(EVERY_TURN);
        out.addAll(cardEffects);
        for (Variant v : variants) {
            out.addAll(moves(v));
        }
        if (start.getOrDefault(RU_DELIVERY_BACKLOG, 0.0) > 0) {
            out.addAll(EnumSet.of(RU_DELIVERY_BACKLOG, RU_ARMS_REVENUE, CN_PLA_MODERNIZATION));
        }
        if (start.getOrDefault(RU_ARMS_REVENUE, 0.0) > 0) {
            out.add(RU_ARMS_REVENUE); // revenue is each turn's deliveries, so it is reset
        }
        if (out.contains(CN_COPY_PROGRESS) || start.getOrDefault(CN_COPY_PROGRESS, 0.0) > 0) {
            // an unlicensed copy resets progress and erodes Russia's edge
            out.addAll(EnumSet.of(CN_COPY_PROGRESS, RU_TECH_EDGE));
        }
        if (out.contains(INTEROP_GROUND_AIR) || out.contains(INTEROP_NAVAL) || out.contains(INTEROP_AEROSPACE)
                || out.contains(INTEROP_INTERNAL_SECURITY)) {
            out.add(INTEROPERABILITY);
        }
        return out;
    }

    /** What choosing {@code v} (by one or both sides) can change. */
    static Set<Indicator> moves(Variant v) {
        Set<Indicator> out = EnumSet.of(TRUST);
        if (v.exercise().isPresent()) {
            Variant.Exercise e = v.exercise().get();
            if (e.domain() == null) {
                out.addAll(EnumSet.of(INTEROP_GROUND_AIR, INTEROP_NAVAL, INTEROP_AEROSPACE, INTEROP_INTERNAL_SECURITY));
            } else {
                out.add(e.domain());
            }
            if (e.westernPressure() != 0) {
                out.add(WESTERN_PRESSURE);
            }
            if (e.cnStanding() != 0) {
                out.add(CN_STANDING);
            }
            if (e.plaGain() != 0) {
                out.add(CN_PLA_MODERNIZATION);
            }
            if (e.russianEdge()) {
                out.add(RU_TECH_EDGE);
            }
            if (e.signal() != null) {
                switch (e.signal()) {
                    case SOUTH_CHINA_SEA -> out.addAll(EnumSet.of(US_CHINA_WAR_RISK, RU_FREEDOM));
                    case BALTIC -> out.addAll(EnumSet.of(RUSSIA_NATO_TENSION, CN_STANDING, CN_ECONOMY));
                    case MEDITERRANEAN -> out.add(WESTERN_PRESSURE);
                    default -> throw new IllegalStateException(e.signal().name());
                }
            }
        } else if (v.arms().isPresent()) {
            Variant.Arms a = v.arms().get();
            out.addAll(EnumSet.of(RU_ARMS_REVENUE, RU_DELIVERY_BACKLOG, RU_DEFENSE_INDUSTRY, RU_ECONOMY,
                    CN_PLA_MODERNIZATION, RU_FAR_EAST_SECURITY, CN_LEVERAGE));
            if (a.techLoss() != 0) {
                out.add(RU_TECH_EDGE);
            }
            if (a.copyExposure() != 0) {
                out.add(CN_COPY_PROGRESS);
            }
            if (a.indigenousGain() != 0) {
                out.add(CN_INDIGENOUS_INDUSTRY);
            }
            if (a.westernPressure() != 0) {
                out.add(WESTERN_PRESSURE);
            }
        } else if (v.reverse().isPresent()) {
            Variant.Reverse r = v.reverse().get();
            out.addAll(EnumSet.of(RU_DEFENSE_INDUSTRY, RU_ECONOMY, CN_ECONOMY, CN_LEVERAGE));
            if (r.indigenousGain() != 0) {
                out.add(CN_INDIGENOUS_INDUSTRY);
            }
            if (r.techLoss() != 0) {
                out.add(RU_TECH_EDGE);
            }
            if (r.copyExposure() != 0) {
                out.add(CN_COPY_PROGRESS);
            }
        } else {
            // the alliance ladder
            out.add(ALLIANCE_LEVEL);
            switch (v) {
                case ALLIANCE_PREPARE -> out.addAll(EnumSet.of(INTEROP_AEROSPACE, INTEROP_GROUND_AIR));
                case ALLIANCE_SIGN -> out.addAll(EnumSet.of(RU_FREEDOM, CN_FREEDOM, WESTERN_PRESSURE,
                        RUSSIA_NATO_TENSION, CN_ECONOMY, CN_STANDING, RU_FAR_EAST_SECURITY, US_CHINA_WAR_RISK));
                case ALLIANCE_INVOKE -> out.addAll(EnumSet.of(RU_FREEDOM, CN_FREEDOM, US_CHINA_WAR_RISK,
                        RUSSIA_NATO_TENSION));
                default -> {
                }
            }
        }
        return out;
    }
}
