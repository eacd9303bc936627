package org.mpstudio.ui.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding and removing the template's guidance blocks in a chapter's Markdown. */
class GuidanceTest {

    private static final String CHAPTER = """
            # Labour migration

            ```guidance
            Say which agency's definition you follow.
            ```

            Viet Nam sent workers abroad.

            ```chart
            id: c
            ```

            ```guidance
            Add the latest year.
            ```

            Closing words.
            """;

    private static String apply(String text, Guidance.Edit e) {
        return text.substring(0, e.start()) + e.text() + text.substring(e.end());
    }

    @Test
    void findsOnlyGuidanceBlocksWithTheBlankLinesAfterThem() {
        List<Guidance.Range> blocks = Guidance.blocks(CHAPTER);
        assertEquals(2, blocks.size());
        String first = CHAPTER.substring(blocks.get(0).start(), blocks.get(0).end());
        assertEquals("```guidance\nSay which agency's definition you follow.\n```\n\n", first);
    }

    @Test
    void removesTheBlockUnderTheCaret() {
        int caret = CHAPTER.indexOf("latest year");
        Guidance.Range r = Guidance.at(CHAPTER, caret).orElseThrow();
        String after = CHAPTER.substring(0, r.start()) + CHAPTER.substring(r.end());
        assertEquals(CHAPTER.replace("```guidance\nAdd the latest year.\n```\n\n", ""), after);
        assertTrue(Guidance.at(CHAPTER, CHAPTER.indexOf("Viet Nam")).isEmpty(), "no guidance under body text");
    }

    @Test
    void removesEveryBlockInOneEdit() {
        String after = apply(CHAPTER, Guidance.removeAll(CHAPTER).orElseThrow());
        assertEquals("""
                # Labour migration

                Viet Nam sent workers abroad.

                ```chart
                id: c
                ```

                Closing words.
                """, after);
        assertTrue(Guidance.removeAll(after).isEmpty());
    }

    @Test
    void aBlockThatEndsTheChapterTakesTheBlankLinesBeforeIt() {
        String text = "# T\n\nBody.\n\n```guidance\nWrite more.\n```\n";
        assertEquals("# T\n\nBody.", apply(text, Guidance.removeAll(text).orElseThrow()));
    }

    @Test
    void guidanceShownAsCodeInsideAnotherFenceIsNotABlock() {
        String text = "# T\n\n````\n```guidance\nexample\n```\n````\n";
        assertTrue(Guidance.blocks(text).isEmpty());
    }
}
