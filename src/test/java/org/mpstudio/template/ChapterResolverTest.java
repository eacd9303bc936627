package org.mpstudio.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.template.placeholder.Placeholder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChapterResolverTest {

    private static ResolvedChapter resolve(String body, String lang) {
        ProfileContent p = Fixtures.profile(body);
        return new ChapterResolver(new ContentFigureSource(p)).resolve(new ChapterText("ch1", lang, "T", body));
    }

    private static List<String> values(ResolvedChapter rc) {
        return PlaceholderVisitorHelper.placeholders(rc).stream().map(rc.inlineText()::get).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {{value workers_deployed_contract period=2023}}                     | 159,986
            {{value workers_deployed_contract period=latest}}                   | 159,986
            {{value workers_deployed_contract period=2022 destination=JPN}}     | 67,295
            {{latest-period workers_deployed_contract}}                         | 2023
            {{change workers_deployed_contract from=2019 to=2023}}              | +8.5%
            {{change workers_deployed_contract from=2019 to=2023 as=difference}} | +12,599
            {{change workers_deployed_contract from=2023 to=2022}}              | −10.8%
            {{value remittances_inflow period=2015}}                            | US$12.2 billion
            {{change remittances_inflow from=2015 to=latest}}                   | +55.1%
            """)
    void resolvesFiguresInEnglish(String placeholder, String expected) {
        ResolvedChapter rc = resolve("Text " + placeholder + ".", "en");
        assertEquals(List.of(), rc.problems());
        assertEquals(List.of(expected), values(rc));
    }

    @Test
    void formatsWithTheChapterLanguageLocale() {
        ResolvedChapter rc = resolve("{{value workers_deployed_contract period=2023}} and "
                + "{{value remittances_inflow period=2022}}", "vi");
        assertEquals(List.of("159.986", "19,0 tỷ USD"), values(rc));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {{value workers_deployed_contract period=2020}}            | placeholder.noData          | 3 | 6
            {{value nobody period=2020}}                               | placeholder.unknownIndicator | 3 | 6
            {{value workers_deployed_contract period=2020 age=15}}     | placeholder.unknownDimension | 3 | 6
            {{value workers_deployed_contract}}                        | placeholder.missingArgument  | 3 | 6
            {{value workers_deployed_contract period=20}}              | placeholder.badPeriod        | 3 | 6
            {{valeu workers_deployed_contract period=2023}}            | placeholder.unknownKind      | 3 | 6
            {{change workers_deployed_contract from=2019}}             | placeholder.missingArgument  | 3 | 6
            {{change workers_deployed_contract from=2019 to=2023 as=x}} | placeholder.badChangeForm   | 3 | 6
            {{value workers_deployed_contract period=2023              | placeholder.unclosed         | 3 | 6
            """)
    void reportsUnresolvablePlaceholderWithLineAndColumn(String placeholder, String code, int line, int column) {
        ResolvedChapter rc = resolve("Text " + placeholder + " end.", "en");
        assertEquals(1, rc.problems().size(), rc.problems().toString());
        Problem p = rc.problems().get(0);
        assertEquals(code, p.code());
        assertEquals(line, p.line(), "line counts the title line and the blank line after it");
        assertEquals(column, p.column());
        assertEquals("chapter ch1 (en)", p.where());
    }

    @Test
    void marksAnUnresolvedFigureVisiblyInTheText() {
        ResolvedChapter rc = resolve("{{value workers_deployed_contract period=2001}}", "en");
        assertEquals(List.of("[missing figure: value workers_deployed_contract period=2001]"), values(rc));
    }

    @Test
    void locatesProblemsOnLaterLines() {
        ResolvedChapter rc = resolve("First paragraph.\n\nSecond line has\n  a {{value nothing period=2020}}.", "en");
        assertEquals(1, rc.problems().size());
        assertEquals(6, rc.problems().get(0).line());
        assertEquals(5, rc.problems().get(0).column());
    }

    @Test
    void bracesInCodeAreNotPlaceholders() {
        ResolvedChapter rc = resolve("Write `{{value x` here.\n\n```\n{{value y\n```\n", "en");
        assertEquals(List.of(), rc.problems());
    }

    @Test
    void readsChartAndTableBlocksAndDefinesTheirIds() {
        ResolvedChapter rc = resolve("""
                ```chart
                id: deployed
                type: line
                indicator: workers_deployed_contract
                periods: 2019-2023
                title: Workers deployed
                ```

                ```table
                id: by-destination
                indicator: workers_deployed_contract
                rows: destination
                columns: period
                title: By destination
                ```

                ## Labour migration {#labour}
                """, "en");
        assertEquals(List.of(), rc.problems());
        assertEquals(1, rc.charts().size());
        assertEquals(5, rc.charts().values().iterator().next().periods().size());
        assertEquals("destination", rc.tables().values().iterator().next().rows());
        assertTrue(rc.definedIds().containsKey("fig:deployed"));
        assertTrue(rc.definedIds().containsKey("tbl:by-destination"));
        assertTrue(rc.definedIds().containsKey("sec:labour"));
        assertTrue(rc.definedIds().containsKey("sec:ch1"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            type: bar\\nindicator: workers_deployed_contract\\ntitle: T        | block.missingKey             | 3 | false
            id: a\\ntype: donut\\nindicator: workers_deployed_contract\\ntitle: T | block.badChartType       | 5 | false
            id: a\\ntype: bar\\nindicator: nothing\\ntitle: T                 | placeholder.unknownIndicator | 6 | false
            id: a\\ntype: bar\\nindicator: workers_deployed_contract\\nx: age\\ntitle: T | placeholder.unknownDimension | 7 | false
            id: a\\ntype: bar\\ncolour: red\\nindicator: workers_deployed_contract\\ntitle: T | block.unknownKey  | 6 | true
            id: a\\ntype: bar\\nindicator: workers_deployed_contract\\nperiods: 2019;20x\\ntitle: T | placeholder.badPeriod | 7 | false
            id: a\\ntype: bar\\nindicator: workers_deployed_contract\\nfilters: sex\\ntitle: T | block.badFilter | 7 | false
            no colon here\\nid: a\\ntype: bar\\nindicator: workers_deployed_contract\\ntitle: T | block.badLine   | 4 | true
            """)
    void reportsBadChartBlocksAtTheOffendingLine(String content, String code, int line, boolean stillDrawn) {
        ResolvedChapter rc = resolve("```chart\n" + content.replace("\\n", "\n") + "\n```\n", "en");
        assertTrue(rc.problems().stream().anyMatch(p -> p.code().equals(code) && p.line() == line),
                rc.problems().toString());
        assertEquals(stillDrawn, !rc.charts().isEmpty(), "a block with an ignorable line is still drawn");
    }

    @Test
    void reportsAnIdDefinedTwice() {
        ResolvedChapter rc = resolve("```table\nid: a\nindicator: remittances_inflow\ntitle: T\n```\n\n"
                + "```table\nid: a\nindicator: remittances_inflow\ntitle: U\n```\n", "en");
        assertEquals(List.of("id.duplicate"), rc.problems().stream().map(Problem::code).toList());
        assertEquals(9, rc.problems().get(0).line());
    }

    @Test
    void reportsACitationOfAnUnknownSource() {
        ResolvedChapter rc = resolve("As reported [@dolab; @nobody].", "en");
        assertEquals(List.of("citation.unknownSource"), rc.problems().stream().map(Problem::code).toList());
        assertEquals(List.of("dolab", "nobody"), rc.citedSources());
    }

    /** Placeholders in document order. */
    static final class PlaceholderVisitorHelper {
        static List<Placeholder> placeholders(ResolvedChapter rc) {
            return org.mpstudio.template.placeholder.PlaceholderVisitor.collect(rc.ast(), Placeholder.class);
        }
    }
}
