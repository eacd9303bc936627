package org.mpstudio.export.docx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookmarkNamesTest {

    @Test
    void prefixesAndReplacesCharactersWordRejects() {
        BookmarkNames names = new BookmarkNames();
        assertEquals("mp_fig_deployed", names.block("fig:deployed"));
        assertEquals("mp_ch_3_p12", names.block("ch-3.p12"));
        assertEquals("mp_Vi_t_Nam", names.block("Việt Nam"));
        assertEquals("_Ref_fig_deployed", names.reference("fig:deployed"));
    }

    @Test
    void givesTheSameNameForTheSameIdEveryTime() {
        BookmarkNames names = new BookmarkNames();
        assertEquals(names.block("a:b"), names.block("a:b"));
        assertEquals(new BookmarkNames().block("x".repeat(60)), new BookmarkNames().block("x".repeat(60)));
    }

    @Test
    void shortensLongIdsToFortyCharactersWithAHash() {
        String name = new BookmarkNames().block("chapter-with-a-rather-long-identifier-for-testing.p1");
        assertEquals(40, name.length());
        assertTrue(name.matches("mp_chapter_with_a_rather_long_ide_[0-9a-f]{6}"), name);
    }

    @Test
    void collidingIdsGetDistinctNames() {
        BookmarkNames names = new BookmarkNames();
        String first = names.block("a:b");
        String second = names.block("a.b");
        String third = names.block("A_B");
        assertEquals("mp_a_b", first);
        assertNotEquals(first, second);
        assertNotEquals(first.toLowerCase(), third.toLowerCase(), "Word ignores case in bookmark names");
        assertTrue(second.startsWith("mp_a_b_") && second.length() <= 40, second);
    }
}
