package org.mpstudio.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dimension values of one observation, e.g. {@code sex=F, destination=JPN}. Empty values are dropped:
 * a dimension that is absent means the total over it. The canonical text form ({@link #key()}) is
 * {@code destination=JPN;sex=F}, keys sorted, and is what the store uses as part of an observation's key.
 */
public record Dimensions(SortedMap<String, String> values) {

    public static final Dimensions TOTAL = new Dimensions(new TreeMap<>());

    public Dimensions {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k.strip(), v.strip());
            }
        });
        values = Collections.unmodifiableSortedMap(copy);
    }

    public static Dimensions of(Map<String, String> values) {
        return new Dimensions(new TreeMap<>(values));
    }

    /** Parses the canonical form written by {@link #key()}. */
    public static Dimensions parseKey(String key) {
        TreeMap<String, String> map = new TreeMap<>();
        if (key != null && !key.isEmpty()) {
            for (String pair : key.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new Dimensions(map);
    }

    public String key() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean isTotal() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return key();
    }
}
