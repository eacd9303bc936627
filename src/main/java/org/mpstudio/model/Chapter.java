package org.mpstudio.model;

import java.util.Objects;

/**
 * A chapter's place and workflow state, independent of language. Its title and body per language are
 * {@link ChapterText}s.
 *
 * @param parent the id of the enclosing chapter (a part), or empty
 */
public record Chapter(String id, String parent, ChapterStatus status, String leadAgency, String assignee) {

    public Chapter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        parent = parent == null ? "" : parent;
        leadAgency = leadAgency == null ? "" : leadAgency;
        assignee = assignee == null ? "" : assignee;
    }
}
