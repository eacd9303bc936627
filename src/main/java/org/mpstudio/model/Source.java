package org.mpstudio.model;

import java.util.Objects;

/**
 * Where figures come from: the agency, the publication and how reliable it is.
 *
 * @param note reliability note; contains "illustrative" when the figure's value is uncertain
 */
public record Source(String id, String agency, String title, String year, String url, String releaseDate,
                     String note) {

    public Source {
        Objects.requireNonNull(id, "id");
        agency = agency == null ? "" : agency;
        title = title == null ? "" : title;
        year = year == null ? "" : year;
        url = url == null ? "" : url;
        releaseDate = releaseDate == null ? "" : releaseDate;
        note = note == null ? "" : note;
    }
}
