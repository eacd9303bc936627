package org.mpstudio.ui.agent;

import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class LaoShapingAgentTest {

    @Test
    void widensTheThaiBoundInJavaFxsScriptMapperOnly() throws Exception {
        byte[] original;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(LaoShapingAgent.TARGET + ".class")) {
            assertNotNull(in, "JavaFX graphics on the test class path");
            original = in.readAllBytes();
        }
        byte[] patched = LaoShapingAgent.patch(original);
        assertNotNull(patched, "the 0x0e7f bound was found");
        assertNull(LaoShapingAgent.patch(patched), "and is gone after the patch");
        assertNull(new LaoShapingAgent().transform(null, "java/lang/String", null, null, original));
    }
}
