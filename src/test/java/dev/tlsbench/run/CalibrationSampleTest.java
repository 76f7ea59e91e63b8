package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The calibration's sample: seeded, repeatable, a rotation that covers every cell, bad input refused with the valid form. */
class CalibrationSampleTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The whole quick profile's cell keys, as scripts/calibrate with no selection sees them. */
    private static List<String> quickKeys() {
        RunOptions options = RunOptions.parse(List.of("quick"), JAVA);
        return Plan.of(options).cells().stream().map(p -> p.cell().key()).toList();
    }

    private static List<String> pick(long seed, int part, int parts, List<String> cells) {
        return new CalibrationSample(seed, part, parts).pick(cells, Function.identity());
    }

    @Test
    void theSameSeedPicksTheSameCellsAndAnotherSeedOthers() {
        List<String> cells = quickKeys();
        assertTrue(cells.size() > 20, "the quick profile of the families the tests see: " + cells.size());
        List<String> a = pick(20261130154512L, 1, 4, cells);
        assertEquals(a, pick(20261130154512L, 1, 4, cells), "repeatable");
        assertEquals(cells.size() / 4, a.size(), 1, "a quarter");
        assertNotEquals(new HashSet<>(a), new HashSet<>(pick(20261130154513L, 1, 4, cells)), "the next second's seed");
        assertNotEquals(new HashSet<>(a), new HashSet<>(pick(20261130154512L, 2, 4, cells)), "another part");
        List<String> shuffled = new ArrayList<>(cells);
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertEquals(new HashSet<>(a), new HashSet<>(pick(20261130154512L, 1, 4, shuffled)), "independent of the plan's order");
    }

    @Test
    void aSampleIsNotAlwaysTheEndsOfTheList() {
        List<String> cells = IntStream.range(0, 100).mapToObj(i -> String.format("cell%03d", i)).toList();
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            seen.addAll(pick(seed, 1, 10, cells));
        }
        assertTrue(seen.size() > 80, "20 random tenths reach most of 100 cells, not the same few: " + seen.size());
    }

    @Test
    void theRotationsPartsCoverEveryCellExactlyOnce() {
        List<String> cells = quickKeys();
        for (int parts : new int[] {1, 3, 4, 7}) {
            List<String> all = new ArrayList<>();
            for (int k = 1; k <= parts; k++) {
                List<String> part = pick(42, k, parts, cells);
                assertTrue(part.size() >= cells.size() / parts && part.size() <= cells.size() / parts + 1, k + "/" + parts);
                all.addAll(part);
            }
            assertEquals(cells.size(), all.size(), "no cell twice over " + parts + " parts");
            assertEquals(new HashSet<>(cells), new HashSet<>(all), "every cell over " + parts + " parts");
        }
    }

    @Test
    void theDefaultSeedIsTheDateAndTimeAndTheDefaultPartAQuarter() {
        CalibrationSample s = CalibrationSample.parse(null, null, LocalDateTime.of(2026, 11, 30, 15, 45, 12));
        assertEquals(new CalibrationSample(20261130154512L, 1, 4), s);
        assertEquals("--seed 20261130154512 --rotate 1/4", s.repeat());
        assertEquals(new CalibrationSample(0, 1, 1), CalibrationSample.parse("0", "1/1", LocalDateTime.now()));
        assertEquals(new CalibrationSample(Long.MAX_VALUE, 3, 3),
                CalibrationSample.parse(String.valueOf(Long.MAX_VALUE), "3/3", LocalDateTime.now()));
    }

    @Test
    void badSeedsAndRotationsAreRefusedNamingTheValidForm() {
        for (String bad : List.of("abc", "-1", "1.5", "", " 7", "0x10", "9223372036854775808", "99999999999999999999")) {
            UsageException e = assertThrows(UsageException.class, () -> CalibrateCommand.parse(List.of("--seed", bad)), bad);
            assertTrue(e.getMessage().startsWith("--seed takes a whole number from 0 to 9223372036854775807, e.g. --seed "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("not '" + bad + "'"), e.getMessage());
        }
        for (String bad : List.of("0/4", "5/4", "4", "1/0", "0/0", "a/b", "1/4/", "-1/4", "1/10001", "1 / 4", "")) {
            UsageException e = assertThrows(UsageException.class, () -> CalibrateCommand.parse(List.of("--rotate", bad)), bad);
            assertTrue(e.getMessage().startsWith("--rotate takes K/N, part K of N of the seed's order with 1 <= K <= N <= 10000, "
                    + "e.g. --rotate 2/4"), e.getMessage());
            assertTrue(e.getMessage().endsWith("not '" + bad + "'"), e.getMessage());
        }
        UsageException tooMany = assertThrows(UsageException.class, () -> pick(1, 1, 5, List.of("a", "b", "c")));
        assertEquals("--rotate 1/5: the selection has 3 cells, so N must be at most 3", tooMany.getMessage());
    }
}
