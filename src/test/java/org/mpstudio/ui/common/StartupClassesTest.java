package org.mpstudio.ui.common;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class lists the warm-up loads are current: nearly every listed class exists in this build. */
class StartupClassesTest {

    private static List<String> names(String list) throws Exception {
        try (InputStream in = ClassWarmup.class.getResourceAsStream(list)) {
            assertNotNull(in, list + " is bundled");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        }
    }

    private static void current(String list, String remake) throws Exception {
        List<String> names = names(list);
        assertTrue(names.size() > 100, list + " lists " + names.size() + " classes");
        int found = ClassWarmup.loadAll(list, false);
        assertTrue(found >= names.size() * 0.95, list + ": only " + found + " of " + names.size()
                + " listed classes exist; " + remake);
    }

    @Test
    void theStartUpListIsCurrent() throws Exception {
        current("startup-classes.txt", "run bench/startup-classes.sh to make the list again");
        assertTrue(names("startup-classes.txt").contains("org.mpstudio.ui.MainWindow"));
    }

    @Test
    void theDialogListIsCurrent() throws Exception {
        current("warmup-classes.txt", "update the list of dialog classes");
    }

    @Test
    void aMissingListLoadsNothing() {
        assertEquals(0, ClassWarmup.loadAll("no-such-list.txt", false));
    }
}
