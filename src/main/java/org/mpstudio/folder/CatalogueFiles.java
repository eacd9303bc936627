package org.mpstudio.folder;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Source;
import org.mpstudio.model.Unit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code indicators.csv} and {@code sources.csv}, shared by profile folders and template sets. */
final class CatalogueFiles {

    static final List<String> INDICATOR_COLUMNS = List.of("id", "name", "unit", "decimals", "dimensions", "gcm", "sdg",
            "source_agency", "definition");
    static final List<String> SOURCE_COLUMNS = List.of("id", "agency", "title", "year", "url", "release_date", "note");
    private static final Pattern INDICATOR_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CatalogueFiles() {
    }

    static List<Indicator> readIndicators(Path file, FolderProblems problems) throws IOException {
        CsvTable t = CsvTable.read(file, problems);
        List<Indicator> out = new ArrayList<>();
        if (!t.requireColumns(problems, "id", "name", "unit", "decimals")) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String id = t.cell(r, "id");
            if (!INDICATOR_ID.matcher(id).matches()) {
                problems.error("folder.indicator.badId", file, r.line(), t.columnNumber("id"), id);
                continue;
            }
            if (!seen.add(id)) {
                problems.error("id.duplicateIndicator", file, r.line(), t.columnNumber("id"), id);
                continue;
            }
            var unit = Unit.fromCode(t.cell(r, "unit"));
            if (unit.isEmpty()) {
                problems.error("folder.indicator.badUnit", file, r.line(), t.columnNumber("unit"), t.cell(r, "unit"),
                        Arrays.stream(Unit.values()).map(Unit::code).toList().toString());
                continue;
            }
            int decimals;
            try {
                decimals = Integer.parseInt(t.cell(r, "decimals"));
                if (decimals < 0 || decimals > 6) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.error("folder.indicator.badDecimals", file, r.line(), t.columnNumber("decimals"),
                        t.cell(r, "decimals"));
                continue;
            }
            out.add(new Indicator(id, t.cell(r, "name"), unit.get(), decimals, split(t.cell(r, "dimensions")),
                    split(t.cell(r, "gcm")), split(t.cell(r, "sdg")), t.cell(r, "source_agency"),
                    t.cell(r, "definition")));
        }
        return out;
    }

    static List<Source> readSources(Path file, FolderProblems problems) throws IOException {
        CsvTable t = CsvTable.read(file, problems);
        List<Source> out = new ArrayList<>();
        if (!t.requireColumns(problems, "id")) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String id = t.cell(r, "id");
            if (!SOURCE_ID.matcher(id).matches()) {
                problems.error("folder.source.badId", file, r.line(), 1, id);
            } else if (!seen.add(id)) {
                problems.error("id.duplicateSource", file, r.line(), 1, id);
            } else {
                out.add(new Source(id, t.cell(r, "agency"), t.cell(r, "title"), t.cell(r, "year"), t.cell(r, "url"),
                        t.cell(r, "release_date"), t.cell(r, "note")));
            }
        }
        return out;
    }

    static void writeIndicators(Path file, List<Indicator> indicators) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : indicators) {
            rows.add(List.of(i.id(), i.name(), i.unit().code(), Integer.toString(i.decimals()),
                    String.join(";", i.dimensions()), String.join(";", i.gcmObjectives()),
                    String.join(";", i.sdgTargets()), i.sourceAgency(), i.definition()));
        }
        CsvTable.write(file, INDICATOR_COLUMNS, rows);
    }

    static void writeSources(Path file, List<Source> sources) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Source s : sources) {
            rows.add(List.of(s.id(), s.agency(), s.title(), s.year(), s.url(), s.releaseDate(), s.note()));
        }
        CsvTable.write(file, SOURCE_COLUMNS, rows);
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split(";")).map(String::strip).toList();
    }
}
