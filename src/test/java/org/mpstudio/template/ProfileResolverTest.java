package org.mpstudio.template;

import org.junit.jupiter.api.Test;
import org.mpstudio.model.Problem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileResolverTest {

    @Test
    void resolvesReferencesAcrossChapters() {
        var result = new ProfileResolver().resolve(Fixtures.profile(
                "See @fig:deployed and @sec:ch2.",
                "```chart\nid: deployed\ntype: bar\nindicator: workers_deployed_contract\ntitle: T\n```\n"), "en");
        assertEquals(List.of(), result.problems());
    }

    @Test
    void reportsAReferenceToNothingWithItsPlace() {
        var result = new ProfileResolver().resolve(Fixtures.profile("Intro.\n\nSee @tbl:missing now."), "en");
        assertEquals(1, result.problems().size());
        Problem p = result.problems().get(0);
        assertEquals("reference.unknown", p.code());
        assertEquals(5, p.line());
        assertEquals(5, p.column());
    }

    @Test
    void reportsTheSameIdInTwoChapters() {
        String table = "```table\nid: t\nindicator: remittances_inflow\ntitle: T\n```\n";
        var result = new ProfileResolver().resolve(Fixtures.profile(table, table), "en");
        assertEquals(List.of("id.duplicateAcrossChapters"), result.problems().stream().map(Problem::code).toList());
        assertEquals("chapter ch2 (en)", result.problems().get(0).where());
    }
}
