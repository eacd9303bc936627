package org.mpstudio.check;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Source;
import org.mpstudio.template.ProfileResolver;
import org.mpstudio.template.ResolvedChapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code check} reports on a profile: placeholders that do not resolve, references and ids, indicators
 * with no data, figures with no (or an unknown) source, stale data, and chapters still holding template guidance.
 * Errors break the draft; warnings say it is not finished. Pure: reads the content, changes nothing.
 */
public final class ProfileChecker {

    /** @param staleYears a figure is stale when its indicator's latest period is more than this many years before
     *                    the edition; empty uses the profile's own setting */
    public record Options(java.util.OptionalInt staleYears) {
        public static Options defaults() {
            return new Options(java.util.OptionalInt.empty());
        }
    }

    public List<Problem> check(ProfileContent content, Options options) {
        List<Problem> problems = new ArrayList<>();
        for (String lang : content.meta().languages()) {
            ProfileResolver.Result result = new ProfileResolver().resolve(content, lang);
            problems.addAll(result.problems());
            for (ResolvedChapter rc : result.chapters()) {
                if (rc.guidanceBlocks() > 0) {
                    problems.add(Problem.warning("check.guidanceLeft", "chapter " + rc.chapterId() + " (" + lang + ")",
                            0, 0, rc.guidanceBlocks()));
                }
            }
        }
        checkData(content, options.staleYears().orElse(content.meta().staleYears()), problems);
        return problems;
    }

    /**
     * Checks a template set's chapters, given as a fresh profile made from it (no figures yet): every placeholder,
     * block, reference and citation must be well formed and name what the set defines; missing figures are
     * expected and not reported, nor is the guidance.
     */
    public List<Problem> checkTemplate(ProfileContent fromTemplate) {
        List<Problem> problems = new ArrayList<>();
        for (String lang : fromTemplate.meta().languages()) {
            for (Problem p : new ProfileResolver().resolve(fromTemplate, lang).problems()) {
                if (!p.code().equals("placeholder.noData") && !p.code().equals("citation.unknownSource")) {
                    problems.add(p);
                }
            }
        }
        return problems;
    }

    private static void checkData(ProfileContent content, int staleYears, List<Problem> problems) {
        Set<String> sources = new HashSet<>();
        content.sources().stream().map(Source::id).forEach(sources::add);
        Map<String, Period> latest = new HashMap<>();
        int noSource = 0;
        for (Observation o : content.observations()) {
            latest.merge(o.indicatorId(), o.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            if (o.sourceId().isEmpty()) {
                if (noSource++ < 50) {
                    problems.add(Problem.warning("check.figureNoSource", "observation " + o.key(), 0, 0,
                            o.indicatorId(), o.period().toString(), o.dimensions().key()));
                }
            } else if (!sources.contains(o.sourceId())) {
                problems.add(Problem.error("check.figureUnknownSource", "observation " + o.key(), 0, 0,
                        o.sourceId()));
            }
        }
        if (noSource > 50) {
            problems.add(Problem.warning("check.figureNoSourceMore", "observations", 0, 0, noSource - 50));
        }
        int edition = content.meta().edition();
        for (Indicator ind : content.indicators()) {
            Period last = latest.get(ind.id());
            if (last == null) {
                problems.add(Problem.warning("check.indicatorNoData", "indicator " + ind.id(), 0, 0, ind.id()));
            } else if (edition - last.year() > staleYears) {
                problems.add(Problem.warning("check.staleData", "indicator " + ind.id(), 0, 0, ind.id(),
                        last.toString(), edition - last.year(), staleYears));
            }
        }
    }
}
