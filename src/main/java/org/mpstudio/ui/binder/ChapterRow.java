package org.mpstudio.ui.binder;

import org.mpstudio.model.ChapterStatus;

/** One chapter as the binder shows it. */
public record ChapterRow(String id, String parent, String number, String title, ChapterStatus status,
                         String leadAgency, String assignee) {

    /** "2.1 Labour migration", or the title alone when the chapter has no number. */
    public String label() {
        return number.isEmpty() ? title : number + "  " + title;
    }
}
