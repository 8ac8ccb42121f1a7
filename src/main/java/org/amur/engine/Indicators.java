package org.amur.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable vector of indicator values, indexed by {@link Indicator} ordinal. Every value is
 * clamped into its indicator's bounds when written.
 */
public final class Indicators {
    private final double[] values;

    private Indicators(double[] values) {
        this.values = values;
    }

    /** All indicators at the lower end of their range clamped to zero where zero is in range. */
    public static Indicators zero() {
        double[] v = new double[Indicator.all().length];
        for (Indicator i : Indicator.all()) {
            v[i.ordinal()] = i.clamp(0);
        }
        return new Indicators(v);
    }

    public static Indicators of(Map<Indicator, Double> map) {
        double[] v = zero().values;
        for (Map.Entry<Indicator, Double> e : map.entrySet()) {
            v[e.getKey().ordinal()] = e.getKey().clamp(e.getValue());
        }
        return new Indicators(v);
    }

    static Indicators wrap(double[] values) {
        return new Indicators(values);
    }

    double[] copyArray() {
        return values.clone();
    }

    public double get(Indicator i) {
        return values[i.ordinal()];
    }

    public Indicators with(Indicator i, double value) {
        double[] v = values.clone();
        v[i.ordinal()] = i.clamp(value);
        return new Indicators(v);
    }

    /** Ordered map from stable id to value, in declaration order. */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Indicator i : Indicator.all()) {
            m.put(i.id(), values[i.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicators other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
