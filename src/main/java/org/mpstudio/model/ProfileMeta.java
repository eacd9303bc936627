package org.mpstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * What the profile is: title, country, languages (the first is the main one), edition year, lead ministry,
 * the template set it started from and the age in years after which a figure counts as stale.
 */
public record ProfileMeta(String title, String country, List<String> languages, int edition, String ministry,
                          String template, int staleYears) {

    public ProfileMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(country, "country");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one language");
        }
        ministry = ministry == null ? "" : ministry;
        template = template == null ? "" : template;
    }

    public String mainLanguage() {
        return languages.get(0);
    }
}
