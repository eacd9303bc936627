package org.mpstudio.ui.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The editor's search: every word, any case, Vietnamese accents ignored, Lao as typed. */
class SearchTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nguoi lao dong      | Người lao động đi làm việc ở nước ngoài | true
            Người               | Người lao động                          | true
            ĐỘNG                | lao động                                | true
            workers contract    | Workers deployed abroad under contract  | true
            contract workers    | Workers deployed abroad under contract  | true
            workers students    | Workers deployed abroad under contract  | false
            ແຮງງານ              | ແຮງງານລາວໄປເຮັດວຽກຕ່າງປະເທດ              | true
            ແຮງງານ              | ນັກສຶກສາ                                 | false
            ນ້ຳ                 | ນຳ                                      | false
            '   '               | anything                                | true
            """)
    void matchesEveryWordWhateverTheCaseAndAccents(String query, String text, boolean matches) {
        assertEquals(matches, new SearchText(query).matches(text));
    }
}
