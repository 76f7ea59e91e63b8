package dev.tlsbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The package structure: one package per domain over shared kernels, the registry of families
 * above the domains, and cli, run and report on top. No package cycles; no layer reaches up; logic
 * classes in the domains do without JMH (only the *Bench classes, and their generated code, use it).
 */
class ArchitectureTest {

    private static final String[] KERNEL = {"dev.tlsbench.provider..", "dev.tlsbench.verify..", "dev.tlsbench.bench..", "dev.tlsbench.io..",
            "dev.tlsbench.openssl.."};
    private static final String[] DOMAINS = {"dev.tlsbench.record..", "dev.tlsbench.kex..", "dev.tlsbench.kem..",
            "dev.tlsbench.kdf..", "dev.tlsbench.auth..", "dev.tlsbench.handshake..", "dev.tlsbench.tls.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tlsbench");

    /** Slices by the package right below dev.tlsbench; JMH's generated code sits in its benchmark's slice. */
    static final ArchRule NO_CYCLES = slices().matching("dev.tlsbench.(*)..").should().beFreeOfCycles();

    /**
     * tls by job: config, wire, stack and proof, each a slice, and the benchmarks in tls itself
     * (with their generated code) one more. The sub-packages use each other without a cycle and
     * never reach up into the benchmarks, which sit on top of all of them.
     */
    static final SliceAssignment TLS_PARTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.equals("dev.tlsbench.tls") && !p.startsWith("dev.tlsbench.tls.")) {
                return SliceIdentifier.ignore();
            }
            String sub = p.equals("dev.tlsbench.tls") ? "" : p.substring("dev.tlsbench.tls.".length()).split("\\.")[0];
            return SliceIdentifier.of(sub.isEmpty() || sub.equals("jmh_generated") ? "tls (benchmarks)" : "tls." + sub);
        }

        @Override
        public String getDescription() {
            return "tls and its sub-packages";
        }
    };

    static final ArchRule TLS_PARTS_WITHOUT_CYCLES = slices().assignedFrom(TLS_PARTS).should().beFreeOfCycles();

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Kernel").definedBy(KERNEL)
            .layer("Domains").definedBy(DOMAINS)
            .layer("Registry").definedBy("dev.tlsbench.families..")
            .layer("Report").definedBy("dev.tlsbench.report..")
            .layer("Run").definedBy("dev.tlsbench.run..")
            .layer("Cli").definedBy("dev.tlsbench.cli..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Run").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Run", "Cli")
            .whereLayer("Registry").mayOnlyBeAccessedByLayers("Run", "Cli")
            .whereLayer("Domains").mayOnlyBeAccessedByLayers("Registry", "Run", "Cli")
            .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Domains", "Registry", "Report", "Run", "Cli");

    static final ArchRule LOGIC_WITHOUT_JMH = noClasses().that().resideInAnyPackage(DOMAINS)
            .and().haveNameNotMatching(".*Bench(\\$.*)?") // a *Bench and its nested @State classes
            .and().resideOutsideOfPackage("..jmh_generated..")
            .should().dependOnClassesThat().resideInAPackage("org.openjdk.jmh..");

    @Test
    void packagesAreFreeOfCycles() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void tlsSubPackagesAreFreeOfCyclesAndDoNotReachUp() {
        TLS_PARTS_WITHOUT_CYCLES.check(MAIN);
    }

    @Test
    void layersOnlyReachDown() {
        LAYERS.check(MAIN);
    }

    @Test
    void logicClassesDoWithoutJmh() {
        LOGIC_WITHOUT_JMH.check(MAIN);
    }

    /** The cycle rule is not vacuous: two fixture packages that use each other break it. */
    @Test
    void aCycleIsCaught() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("dev.tlsbench.architecture.cycle");
        assertThrows(AssertionError.class, () -> slices().matching("dev.tlsbench.architecture.cycle.(*)..")
                .should().beFreeOfCycles().check(cyclic));
    }
}
