package org.mpstudio.ui.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.Source;
import org.mpstudio.model.Unit;
import org.mpstudio.ui.common.UiText;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figure form: numbers typed the UI language's way or plainly, periods, the source required. */
class DataBrowserFormTest {

    private static final Indicator PERSONS = new Indicator("workers", "Workers", Unit.PERSONS, 0,
            List.of("destination"), List.of(), List.of(), "DOLAB", "");
    private static final Indicator RATE = new Indicator("net_rate", "Net migration rate", Unit.RATE_PER_1000, 1,
            List.of(), List.of(), List.of(), "GSO", "");
    private static final Source DOLAB = new Source("dolab-2024", "DOLAB", "Workers abroad", "2024", "", "", "");
    private static final Source GSO = new Source("gso-2023", "GSO", "Survey", "2023", "", "", "");
    private static final Observation TOTAL_2023 = new Observation("workers", Period.ofYear(2023), Dimensions.TOTAL,
            159986, "dolab-2024", "reported", "");

    @ParameterizedTest
    @CsvSource(textBlock = """
            vi, '1.234,5',   1234.5
            vi, '1234.5',    1234.5
            vi, '1234,5',    1234.5
            vi, '1.234',     1234
            vi, '1 234,5',   1234.5
            vi, '12,5',      12.5
            vi, '-3,5',      -3.5
            lo, '159.986',   159986
            en, '1,234.5',   1234.5
            en, '1234.5',    1234.5
            en, '1.5',       1.5
            en, ' 159986 ',  159986
            en, '−2',        -2
            """)
    void readsNumbersTheUiLanguagesWayAndPlainly(String lang, String typed, double expected) {
        assertEquals(OptionalDouble.of(expected), ValueParser.parse(typed, Locale.forLanguageTag(lang)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en, abc
            en, ''
            en, '1,5'
            en, '1.2.3'
            vi, '12,34,5'
            vi, '1,234,5'
            en, '12 apples'
            """)
    void rejectsWhatIsNotANumber(String lang, String typed) {
        assertTrue(ValueParser.parse(typed, Locale.forLanguageTag(lang)).isEmpty(), typed);
    }

    private static ObservationForm edit(String lang, Indicator indicator, Observation o) {
        return new ObservationForm(new UiText(lang), indicator, Optional.of(o), Set.of(o.key()), List.of(DOLAB, GSO));
    }

    private static ObservationForm add(Indicator indicator) {
        return new ObservationForm(new UiText("en"), indicator, Optional.empty(), Set.of(TOTAL_2023.key()),
                List.of(DOLAB, GSO));
    }

    @Test
    void editStartsFromTheFigureAndGivesTheChangedOne() {
        ObservationForm f = edit("vi", PERSONS, TOTAL_2023);
        assertEquals("159986", f.valueProperty().get(), "no grouping to trip over");
        assertEquals(DOLAB, f.sourceProperty().get());
        f.valueProperty().set("161.000");
        f.sourceProperty().set(GSO);
        f.noteProperty().set("  revised  ");
        Observation saved = f.validate().orElseThrow();
        assertEquals(new Observation("workers", Period.ofYear(2023), Dimensions.TOTAL, 161000, "gso-2023",
                "reported", "revised"), saved);
    }

    @Test
    void aDecimalValueTypedInVietnameseIsRead() {
        Observation rate = new Observation("net_rate", Period.ofYear(2022), Dimensions.TOTAL, -0.4, "gso-2023", "",
                "");
        ObservationForm f = edit("vi", RATE, rate);
        assertEquals("-0,4", f.valueProperty().get());
        f.valueProperty().set("1.234,5");
        assertEquals(1234.5, f.validate().orElseThrow().value());
        f.valueProperty().set("-1,2");
        assertEquals(-1.2, f.validate().orElseThrow().value(), "a rate may be negative");
    }

    @Test
    void badValuesSayWhatToType() {
        ObservationForm f = edit("en", PERSONS, TOTAL_2023);
        f.valueProperty().set("abc");
        assertTrue(f.validate().isEmpty());
        assertEquals("\"abc\" is not a number. Type digits, for example 1,234 or 1234.", f.valueErrorProperty().get());

        f.valueProperty().set("");
        assertEquals("Type the value, for example 1,234 or 1234.", f.valueErrorProperty().get(),
                "checked again as the drafter types");

        f.valueProperty().set("-5");
        assertTrue(f.validate().isEmpty());
        assertTrue(f.valueErrorProperty().get().contains("cannot be negative"), f.valueErrorProperty().get());

        f.valueProperty().set("12.5");
        assertTrue(f.validate().isEmpty());
        assertTrue(f.valueErrorProperty().get().contains("whole number"), f.valueErrorProperty().get());

        f.valueProperty().set("12");
        assertTrue(f.validate().isPresent());
        assertEquals("", f.valueErrorProperty().get());
    }

    @Test
    void badValueInVietnameseNamesTheVietnameseWay() {
        ObservationForm f = edit("vi", RATE, new Observation("net_rate", Period.ofYear(2022), Dimensions.TOTAL, 1,
                "gso-2023", "", ""));
        f.valueProperty().set("1,2,3");
        assertTrue(f.validate().isEmpty());
        assertEquals("“1,2,3” không phải là số. Hãy nhập chữ số, ví dụ 1.234,5 hoặc 1234.5.",
                f.valueErrorProperty().get());
    }

    @Test
    void theSourceIsRequired() {
        ObservationForm f = edit("en", PERSONS, TOTAL_2023);
        f.sourceProperty().set(null);
        assertTrue(f.validate().isEmpty());
        assertEquals("Choose the source of this figure: every figure needs one.", f.sourceErrorProperty().get());
        f.sourceProperty().set(GSO);
        assertEquals("", f.sourceErrorProperty().get());
        assertEquals("gso-2023", f.validate().orElseThrow().sourceId());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024,     true
            2024-07,  true
            2024-Q3,  true
            2024-q1,  true
            2024-13,  false
            2024-Q5,  false
            24,       false
            2024/07,  false
            '',       false
            """)
    void aNewFigureNeedsAPeriodAsYearMonthOrQuarter(String period, boolean ok) {
        ObservationForm f = add(PERSONS);
        f.periodProperty().set(period);
        f.valueProperty().set("100");
        f.sourceProperty().set(DOLAB);
        assertEquals(ok, f.validate().isPresent(), period);
        assertEquals(ok, f.periodErrorProperty().get().isEmpty());
        if (!ok) {
            assertEquals("Type the period as a year (2023), a month (2023-07) or a quarter (2023-Q3).",
                    f.periodErrorProperty().get());
        }
    }

    @Test
    void aNewFigureTakesItsBreakdownAndMayNotRepeatOne() {
        ObservationForm f = add(PERSONS);
        f.periodProperty().set("2023");
        f.valueProperty().set("100");
        f.sourceProperty().set(DOLAB);
        assertTrue(f.validate().isEmpty(), "2023 total exists");
        assertTrue(f.periodErrorProperty().get().startsWith("There is already a figure for 2023"));
        f.dimension("destination").set(" JPN ");
        Observation japan = f.validate().orElseThrow();
        assertEquals(Dimensions.of(Map.of("destination", "JPN")), japan.dimensions());
        assertEquals(100, japan.value());
        f.dimension("destination").set("J;PN");
        assertTrue(f.validate().isEmpty());
        assertFalse(f.periodErrorProperty().get().isEmpty());
    }
}
