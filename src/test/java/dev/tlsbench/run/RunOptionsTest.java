package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.Warmup;
import dev.tlsbench.record.RecordFamily;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad name is refused before anything runs, naming the valid ones; the plan is the descriptors' cells. */
class RunOptionsTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static RunOptions parse(String... args) {
        return RunOptions.parse(List.of(args), JAVA);
    }

    @Test
    void unknownNamesAreRefusedNamingTheValidOnes() {
        assertRefused("unknown profile 'fast'; valid: quick, broad, thorough, full, smoke, warmup", "fast");
        assertRefused("unknown family 'records'; valid: record, kex", "--families", "records");
        assertRefused("--param provider=OPENSSL: unknown value; valid: JDK, BC, CONSCRYPT, ACCP", "--param", "provider=OPENSSL");
        assertRefused("--param stack: no selected family has that parameter; parameters: provider, aead, size, buffer",
                "--families", "record", "--param", "stack=SUNJSSE");
        assertRefused("--methods sign: no selected family has that benchmark method; valid: open, seal",
                "--families", "record", "--methods", "sign");
        assertRefused("not an executable java: '/nope/java'", "--jvm", "/nope/java");
        assertRefused("unknown option --profile; valid: --jvm, --families, --param, --methods, --out, --dry-run, --no-plot, "
                + "--budget, --resume, --help", "--profile", "quick");
        assertRefused("more than one profile given (smoke, quick)", "smoke", "quick");
        assertRefused("--out needs DIR", "--out");
        assertRefused("--out needs DIR", "--out", "--dry-run");
        assertRefused("--resume DIR takes no other arguments", "--resume", "/tmp", "smoke");
    }

    @Test
    void theGeneratedHelpNamesEveryProfileAndFamily() {
        String usage = BenchCommand.usage();
        for (Profile p : Profile.values()) {
            assertTrue(usage.contains(p.cliName() + " ") && usage.contains(p.description().substring(0, 30)), p + " in\n" + usage);
        }
        dev.tlsbench.families.Families.ALL.forEach(f -> assertTrue(usage.contains(f.name()), f.name() + " in\n" + usage));
        assertEquals(0, BenchMain.run(List.of("--help")));
    }

    @Test
    void calibrateTakesTheSameSelectionAndRefusesAProfile() {
        CalibrateCommand c = CalibrateCommand.parse(List.of("--families", "record", "--seed", "7", "--rotate", "2/3", "--out", "/tmp/c"));
        assertEquals(new CalibrationSample(7, 2, 3), c.sample(java.time.LocalDateTime.now()));
        assertEquals(List.of("record"), c.selection.families);
        UsageException sample = assertThrows(UsageException.class, () -> CalibrateCommand.parse(List.of("--sample", "all")));
        assertTrue(sample.getMessage().startsWith("--sample is gone: the sample is a seeded rotation now; every cell is --rotate 1/1"),
                sample.getMessage());
        UsageException unknown = assertThrows(UsageException.class, () -> CalibrateCommand.parse(List.of("--foo")));
        assertEquals("unknown option --foo; valid: --jvm, --families, --param, --methods, --out, --seed, --rotate, --help",
                unknown.getMessage(), "the hidden --sample is not offered");
        UsageException profile = assertThrows(UsageException.class, () -> CalibrateCommand.parse(List.of("quick")));
        assertTrue(profile.getMessage().startsWith("calibrate compares the quick profile with the full policy"), profile.getMessage());
    }

    private static void assertRefused(String messageStart, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(args));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }

    @Test
    void quickGivesEachOwnerTheTimingOfItsWarmupClass() {
        Plan plan = Plan.of(parse("quick", "--families", "record", "--param", "aead=AES_128_GCM", "--param", "size=16384",
                "--methods", "seal"));
        assertEquals(4, plan.cells().size(), "one cell per provider");
        for (Plan.Planned p : plan.cells()) {
            Warmup w = RecordFamily.FAMILY.owner(p.cell().params().get("provider")).warmup();
            assertEquals(RecordFamily.FAMILY.profile().quickTiming(w), p.timing(), p.cell().key());
        }
        assertTrue(plan.estimate().toMillis() > 0);
    }

    @Test
    void aBudgetIsAPositiveDurationAndQuicksDefaultIsFifteenMinutes() {
        assertEquals(java.time.Duration.ofMinutes(15), parse("quick").budget(), "quick's default");
        assertEquals(null, parse("smoke").budget(), "smoke adds no fork without --budget (CI)");
        assertEquals(java.time.Duration.ofSeconds(900), parse("--budget", "900s").budget());
        assertEquals(java.time.Duration.ofHours(1), parse("smoke", "--budget", "1h").budget());
        assertEquals(java.time.Duration.ofMinutes(90), parse("--budget", "1h30m").budget());
        for (String bad : List.of("0", "0m", "-5m", "15", "soon", "", "15 m", "1.5h", "99999999999999999999h")) {
            assertRefused("--budget takes a positive duration in hours, minutes and/or seconds, e.g. 15m, 900s, 1h or 1h30m",
                    "--budget", bad);
        }
    }

    /**
     * Issue 19's sampling design: every quick cell runs at least two forks of at least five samples
     * (JIT-bound owners and native ones alike: on shared hosts forks disagree for either), while smoke
     * stays one short fork and thorough keeps BenchBase's policy.
     */
    @Test
    void quickRunsEveryCellInTwoOrMoreForksOfFiveOrMoreSamples() {
        Plan quick = Plan.of(parse("quick"));
        for (Plan.Planned p : quick.cells()) {
            assertTrue(p.timing().forks() >= 2 && p.timing().iterations() >= 5, p.timing() + " " + p.cell().key());
        }
        assertTrue(quick.cells().stream().anyMatch(p -> p.family().owner(p.cell().params().get(p.family().ownerParam())).warmup()
                == Warmup.JIT), "the check covers JIT-bound owners");
        Plan.of(parse("smoke")).cells().forEach(p -> assertEquals(1, p.timing().forks(), p.cell().key()));
        Plan.of(parse("thorough")).cells().forEach(p -> assertEquals(Timing.FULL, p.timing(), p.cell().key()));
    }

    /**
     * The default profile is the headline questions the families declare for it, no more: every planned
     * cell answers one of them, every owner of each question has its cell, and the plan fits the
     * 15-minute budget per JVM by its own estimate (so a question added to the default must pay for
     * itself). The broad profile answers every headline question, the broad-only ones too.
     */
    @Test
    void quickIsTheHeadlineQuestionsAndFitsItsBudget() {
        Plan quick = Plan.of(parse("quick"));
        java.util.Set<String> keys = new java.util.HashSet<>();
        quick.cells().forEach(p -> assertTrue(keys.add(p.cell().key()), "planned twice: " + p.cell().key()));
        java.util.Set<String> expected = new java.util.HashSet<>();
        java.util.Set<String> everyQuestion = new java.util.HashSet<>();
        for (dev.tlsbench.bench.Family f : dev.tlsbench.families.Families.ALL) {
            for (dev.tlsbench.bench.Headline h : f.headline()) {
                f.expand(h.cells()).forEach(c -> everyQuestion.add(c.key()));
                if (!h.onlyBroad()) {
                    f.expand(h.cells()).forEach(c -> expected.add(c.key()));
                }
            }
        }
        assertEquals(expected, keys);
        assertTrue(quick.estimate().plus(Progress.ENV_CAPTURE).compareTo(parse("quick").budget()) <= 0,
                "quick's plan, " + quick.estimate() + " + environment capture, exceeds its budget " + parse("quick").budget());
        java.util.Set<String> broad = new java.util.HashSet<>();
        Plan.of(parse("broad")).cells().forEach(p -> assertTrue(broad.add(p.cell().key()), "planned twice: " + p.cell().key()));
        assertTrue(broad.containsAll(everyQuestion), "the broad profile answers every headline question");
    }

    @Test
    void narrowingToNothingIsRefused() {
        UsageException e = assertThrows(UsageException.class,
                () -> Plan.of(parse("quick", "--families", "record", "--param", "size=64")));
        assertTrue(e.getMessage().contains("has no cell"), e.getMessage());
    }

    @Test
    void fullRunsTheWholeMatrixUnderBenchBasesPolicy() {
        Plan plan = Plan.of(parse("full", "--families", "record"));
        assertEquals(RecordFamily.FAMILY.expand(dev.tlsbench.bench.CellSet.all()).size(), plan.cells().size());
        plan.cells().forEach(p -> assertEquals(Timing.FULL, p.timing()));
        assertEquals(2, Timing.FULL.forks(), "BenchBase: 2 forks");
    }
}
