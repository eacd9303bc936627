package org.mpstudio.model;

import java.util.Locale;
import java.util.Optional;

/** Units an indicator's values are expressed in; the code is what files carry. */
public enum Unit {
    PERSONS, COUNT, CASES, PERCENT, USD, USD_MILLION, USD_BILLION, RATE_PER_1000, RATE_PER_100000, RATIO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Unit> fromCode(String code) {
        for (Unit u : values()) {
            if (u.code().equals(code == null ? "" : code.strip())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
