package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndicatorLookupTest {

    private final IndicatorLookup lookup = new IndicatorLookup(Fixtures.context().indicators());

    @Test
    void suggestsClosestIdWithinThreeEdits() {
        assertEquals("workers_deployed_contract", lookup.suggest("workers_deployd_contrat").orElseThrow());
        assertEquals("returnees", lookup.suggest("Returnes").orElseThrow());
    }

    @Test
    void suggestsNothingWhenEveryIdIsFarAway() {
        assertTrue(lookup.suggest("population").isEmpty());
    }

    @Test
    void resolvesKnownIdsToStableIndexes() {
        int first = lookup.resolve("returnees");
        assertEquals(first, lookup.resolve("returnees"));
        assertEquals("returnees", lookup.get(first).id());
        assertEquals(IndicatorLookup.UNKNOWN, lookup.resolve("nope"));
    }

    @Test
    void computesLevenshteinDistance() {
        assertEquals(3, IndicatorLookup.distance("kitten", "sitting"));
        assertEquals(0, IndicatorLookup.distance("a", "a"));
    }
}
