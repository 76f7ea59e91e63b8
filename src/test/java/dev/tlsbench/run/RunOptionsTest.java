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
        assertRefused("unknown profile 'fast'; valid: quick, thorough, full, smoke, warmup", "fast");
        assertRefused("unknown family 'records'; valid: record, kex", "--families", "records");
        assertRefused("--param provider=OPENSSL: unknown value; valid: JDK, BC, CONSCRYPT, ACCP", "--param", "provider=OPENSSL");
        assertRefused("--param stack: no selected family has that parameter; parameters: provider, aead, size, buffer",
                "--families", "record", "--param", "stack=SUNJSSE");
        assertRefused("--methods sign: no selected family has that benchmark method; valid: open, seal",
                "--families", "record", "--methods", "sign");
        assertRefused("not an executable java: '/nope/java'", "--jvm", "/nope/java");
        assertRefused("unknown option --profile; valid: --jvm, --families, --param, --methods, --out, --dry-run, --no-plot, "
                + "--resume, --help", "--profile", "quick");
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
        CalibrateCommand c = CalibrateCommand.parse(List.of("--families", "record", "--sample", "all", "--out", "/tmp/c"));
        assertTrue(c.all());
        assertEquals(List.of("record"), c.selection.families);
        UsageException sample = assertThrows(UsageException.class, () -> CalibrateCommand.parse(List.of("--sample", "some")));
        assertTrue(sample.getMessage().startsWith("--sample takes 'all', not 'some'"), sample.getMessage());
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
