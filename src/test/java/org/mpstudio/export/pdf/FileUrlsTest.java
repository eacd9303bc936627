package org.mpstudio.export.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisabledOnOs(OS.WINDOWS)
class FileUrlsTest {

    @Test
    void encodesEverythingThatCouldUpsetACommandLineOrBasic() {
        Path path = Path.of("/tmp/Hồ sơ, (bản nháp) 'A' & \"B\" #1 %20/dự thảo.docx");
        String url = FileUrls.of(path);
        assertTrue(url.startsWith("file:///tmp/H%E1%BB%93%20s%C6%A1%2C%20%28"), url);
        assertTrue(url.chars().allMatch(c -> c < 0x80 && " ,'\"()&#".indexOf(c) < 0), url);
        assertEquals(path, Path.of(URI.create(url)));
    }
}
