package org.mpstudio.check;

import org.junit.jupiter.api.Test;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.ProfileMeta;
import org.mpstudio.model.Unit;
import org.mpstudio.template.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileCheckerTest {

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    private static List<Problem> check(ProfileContent p) {
        return new ProfileChecker().check(p, ProfileChecker.Options.defaults());
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertEquals(List.of(), check(Fixtures.profile("In 2023, {{value workers_deployed_contract period=2023}}.")));
    }

    @Test
    void reportsLeftoverGuidance() {
        List<Problem> problems = check(Fixtures.profile("```guidance\nSay who counts.\n```\n\nText."));
        assertEquals(List.of("check.guidanceLeft"), codes(problems));
        assertEquals("chapter ch1 (en)", problems.get(0).where());
    }

    @Test
    void reportsAnIndicatorWithNoData() {
        ProfileContent base = Fixtures.profile("x");
        List<Indicator> indicators = new ArrayList<>(base.indicators());
        indicators.add(new Indicator("students_abroad_stock", "Students", Unit.PERSONS, 0, List.of(), List.of(),
                List.of(), "", ""));
        ProfileContent p = new ProfileContent(base.meta(), base.chapters(), base.texts(), indicators, base.sources(),
                base.observations());
        List<Problem> problems = check(p);
        assertEquals(List.of("check.indicatorNoData"), codes(problems));
        assertEquals(List.of("students_abroad_stock"), problems.get(0).args());
    }

    @Test
    void reportsFiguresWithNoSourceOrAnUnknownOne() {
        ProfileContent base = Fixtures.profile("x");
        List<Observation> obs = new ArrayList<>(base.observations());
        Observation o = obs.get(0);
        obs.set(0, new Observation(o.indicatorId(), o.period(), o.dimensions(), o.value(), "", "", ""));
        obs.set(1, new Observation(o.indicatorId(), obs.get(1).period(), o.dimensions(), 1, "ghost", "", ""));
        ProfileContent p = new ProfileContent(base.meta(), base.chapters(), base.texts(), base.indicators(),
                base.sources(), obs);
        assertEquals(List.of("check.figureNoSource", "check.figureUnknownSource"), codes(check(p)));
    }

    @Test
    void reportsStaleDataByTheIndicatorsLatestFigure() {
        ProfileContent base = Fixtures.profile("x");
        ProfileMeta m = base.meta();
        ProfileContent p = new ProfileContent(new ProfileMeta(m.title(), m.country(), m.languages(), 2030,
                m.ministry(), m.template(), 10), base.chapters(), base.texts(), base.indicators(), base.sources(),
                base.observations());
        assertEquals(List.of(), check(p), "2023 and 2022 are within 10 years of 2030");
        List<Problem> strict = new ProfileChecker().check(p, new ProfileChecker.Options(OptionalInt.of(5)));
        assertEquals(List.of("check.staleData", "check.staleData"), codes(strict));
        assertEquals(List.of("workers_deployed_contract", "2023", 7, 5), strict.get(0).args());
    }

    @Test
    void reportsUnresolvedPlaceholdersAndReferences() {
        List<Problem> problems = check(Fixtures.profile("{{value workers_deployed_contract period=1999}} see @fig:x"));
        assertEquals(List.of("placeholder.noData", "reference.unknown"), codes(problems));
    }
}
