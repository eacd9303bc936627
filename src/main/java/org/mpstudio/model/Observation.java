package org.mpstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * One figure: the value of an indicator for a period and a combination of dimensions, with where it comes from.
 *
 * @param sourceId a source id, or empty when the figure has no source yet ({@code check} reports it)
 * @param status   reported, provisional, revised, estimate, derived, partial or unverified; empty means reported
 * @param note     free text kept with the value, may be empty
 */
public record Observation(String indicatorId, Period period, Dimensions dimensions, double value,
                          String sourceId, String status, String note) {

    /** The status codes a figure may carry (docs/formats.md section 3), in the order the editor offers them. */
    public static final List<String> STATUSES = List.of("reported", "provisional", "revised", "estimate", "derived",
            "partial", "unverified");

    public Observation {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dimensions, "dimensions");
        sourceId = sourceId == null ? "" : sourceId;
        status = status == null ? "" : status;
        note = note == null ? "" : note;
    }

    /** The identity of the observation within a profile: indicator, period and dimensions. */
    public String key() {
        return indicatorId + "|" + period + "|" + dimensions.key();
    }
}
