package org.mpstudio.template;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.template.placeholder.Reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves every chapter of a profile in one language and checks what spans chapters: ids defined twice and
 * references to ids that no chapter defines.
 */
public final class ProfileResolver {

    /** All chapters resolved, in document order, with the problems of the whole. */
    public record Result(List<ResolvedChapter> chapters, List<Problem> problems) {
    }

    public Result resolve(ProfileContent content, String lang) {
        return resolve(content, lang, new ResolutionCache());
    }

    /** As {@link #resolve(ProfileContent, String)}, reusing the chapters the cache holds for unchanged texts. */
    public Result resolve(ProfileContent content, String lang, ResolutionCache cache) {
        ChapterResolver resolver = new ChapterResolver(cache.figures(content));
        List<ResolvedChapter> resolved = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> definedIn = new HashMap<>();
        for (Chapter chapter : content.chapters()) {
            Optional<ChapterText> text = content.text(chapter.id(), lang);
            if (text.isEmpty()) {
                problems.add(Problem.error("chapter.missingLanguage", "chapter " + chapter.id(), 0, 0, lang));
                continue;
            }
            ResolvedChapter rc = cache.resolve(text.get(), resolver);
            resolved.add(rc);
            problems.addAll(rc.problems());
            rc.definedIds().forEach((id, line) -> {
                String earlier = definedIn.putIfAbsent(id, chapter.id());
                if (earlier != null && !earlier.equals(chapter.id())) {
                    problems.add(Problem.error("id.duplicateAcrossChapters", where(rc), line, 1, id, earlier));
                }
            });
        }
        for (ResolvedChapter rc : resolved) {
            SourceLines lines = new SourceLines(rc.ast().getChars());
            for (Reference ref : rc.references()) {
                String id = ref.type() + ":" + ref.target();
                if (!definedIn.containsKey(id)) {
                    BasedSequence chars = ref.getChars();
                    problems.add(Problem.error("reference.unknown", where(rc), lines.line(chars.getStartOffset()),
                            lines.column(chars.getStartOffset()), id));
                }
            }
        }
        return new Result(resolved, problems);
    }

    private static String where(ResolvedChapter rc) {
        return "chapter " + rc.chapterId() + " (" + rc.lang() + ")";
    }
}
