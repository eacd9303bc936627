package org.mpstudio.model;

import java.util.Optional;

/** Where a chapter is in its review cycle; the code is what files carry. */
public enum ChapterStatus {
    DRAFT("draft"), IN_REVIEW("in-review"), APPROVED("approved");

    private final String code;

    ChapterStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ChapterStatus> fromCode(String code) {
        for (ChapterStatus s : values()) {
            if (s.code.equals(code == null ? "" : code.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
