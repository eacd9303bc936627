package org.mpstudio.model;

import java.util.Objects;

/** A chapter's title and Markdown body in one language. The body holds everything below the title line. */
public record ChapterText(String chapterId, String lang, String title, String body) {

    public ChapterText {
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(lang, "lang");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
