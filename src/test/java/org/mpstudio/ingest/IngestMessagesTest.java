package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every problem code this package emits has an English text in {@code ingest.properties}, and no text is orphaned. */
class IngestMessagesTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.mpstudio.i18n.ingest", Locale.ROOT);

    private static Set<String> codes() {
        return Arrays.stream(ProblemCodes.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(IngestMessagesTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCodeHasAMessageThatFormats() {
        for (String code : codes()) {
            assertTrue(code.startsWith("import."), code);
            assertTrue(BUNDLE.containsKey(code), "no message for " + code);
            String text = new MessageFormat(BUNDLE.getString(code), Locale.ENGLISH)
                    .format(new Object[] {1, 2, 3, 4, 5});
            assertFalse(text.contains("{"), code + ": " + text);
        }
    }

    @Test
    void everyMessageBelongsToACode() {
        Set<String> keys = new TreeSet<>(Collections.list(BUNDLE.getKeys()));
        keys.removeAll(codes());
        assertEquals(Set.of(), keys);
    }

    @Test
    void keepsApostrophesInMessages() {
        String text = new MessageFormat(BUNDLE.getString(ProblemCodes.DIMENSION_NOT_OF_INDICATOR), Locale.ENGLISH)
                .format(new Object[] {"province", "workers", "sex", 4});
        assertTrue(text.contains("indicator's dimensions"), text);
        assertTrue(text.contains("row 4"), text);
    }
}
