package dev.tlsbench.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.tlsbench.architecture.fixture.analysis.Draws;
import dev.tlsbench.architecture.fixture.analysis.Pure;
import dev.tlsbench.architecture.fixture.html.LoadsItsInput;
import dev.tlsbench.architecture.fixture.html.ReadsAFile;
import dev.tlsbench.architecture.fixture.html.RendersAString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure: one package per domain over shared kernels, the registry of families
 * above the domains, and cli, run and report on top. No package cycles; no layer reaches up; logic
 * classes in the domains do without JMH (only the *Bench classes, and their generated code, use it).
 * Within report, one sub-package per job, each using only those below it (format under all, then
 * input, analysis, chart, html, and cli on top); html neither reads nor writes files, and analysis
 * does not draw. The report names no constant of a domain enum in a string either: what it knows of
 * them comes from plan.json.
 */
class ArchitectureTest {

    private static final String[] KERNEL = {"dev.tlsbench.provider..", "dev.tlsbench.verify..", "dev.tlsbench.bench..", "dev.tlsbench.io..",
            "dev.tlsbench.openssl..", "dev.tlsbench.results..", "dev.tlsbench.stats.."};
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

    /** report's sub-packages, from the bottom: each may use only those below it. */
    static final ArchRule REPORT_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Format").definedBy("dev.tlsbench.report.format..")
            .layer("Input").definedBy("dev.tlsbench.report.input..")
            .layer("Analysis").definedBy("dev.tlsbench.report.analysis..")
            .layer("Chart").definedBy("dev.tlsbench.report.chart..")
            .layer("Html").definedBy("dev.tlsbench.report.html..")
            .layer("Cli").definedBy("dev.tlsbench.report.cli..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Html").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Chart").mayOnlyBeAccessedByLayers("Html", "Cli")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Chart", "Html", "Cli")
            .whereLayer("Input").mayOnlyBeAccessedByLayers("Analysis", "Chart", "Html", "Cli")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Input", "Analysis", "Chart", "Html", "Cli");

    static final ArchRule REPORT_NO_CYCLES = subPackagesFreeOfCycles("dev.tlsbench.report");

    static final ArchRule HTML_TOUCHES_NO_FILES = touchesNoFiles("dev.tlsbench.report.html..", "dev.tlsbench.report.input..",
            "dev.tlsbench.openssl..", "dev.tlsbench.results..");

    static final ArchRule ANALYSIS_DRAWS_NOTHING = drawsNothing("dev.tlsbench.report.analysis..", "dev.tlsbench.report.chart..",
            "dev.tlsbench.report.html..");

    /** The JDK's ways to open a file (to read or to write it), and the suite's atomic writer. */
    private static final String FILE_ACCESS = "java\\.nio\\.file\\.Files|java\\.nio\\.channels\\.FileChannel"
            + "|java\\.io\\.(File|FileInputStream|FileReader|FileOutputStream|FileWriter|RandomAccessFile)|dev\\.tlsbench\\.io\\.AtomicFile";

    /** The packages right below {@code root} do not use each other in a circle. */
    static ArchRule subPackagesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Classes of {@code pkg} open no file, and call no read or load method of the {@code readers}
     * packages (ResultDir.load, JsonInput.read, Env.read, NativeBaseline.read ...): they render what
     * they are given, and whoever calls them reads the inputs and writes the output.
     */
    static ArchRule touchesNoFiles(String pkg, String... readers) {
        return noClasses().that().resideInAPackage(pkg)
                .should().dependOnClassesThat().haveNameMatching(FILE_ACCESS)
                .orShould().callMethodWhere(target(nameMatching("read|load")).and(target(owner(resideInAnyPackage(readers)))))
                .because("the result directory is read by report.input and the report written by report.cli");
    }

    /** Classes of {@code pkg} use no drawing library (AWT, image I/O, JFreeChart, JFreeSVG) and none of the {@code drawing} packages. */
    static ArchRule drawsNothing(String pkg, String... drawing) {
        String[] forbidden = new String[drawing.length + 3];
        forbidden[0] = "java.awt..";
        forbidden[1] = "javax.imageio..";
        forbidden[2] = "org.jfree..";
        System.arraycopy(drawing, 0, forbidden, 3, drawing.length);
        return noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("analysis says what the runs show; report.chart draws it");
    }

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

    @Test
    void reportSubPackagesOnlyUseThoseBelow() {
        REPORT_LAYERS.check(MAIN);
    }

    @Test
    void reportSubPackagesAreFreeOfCycles() {
        REPORT_NO_CYCLES.check(MAIN);
    }

    @Test
    void reportHtmlReadsAndWritesNoFiles() {
        HTML_TOUCHES_NO_FILES.check(MAIN);
    }

    @Test
    void reportAnalysisDrawsNothing() {
        ANALYSIS_DRAWS_NOTHING.check(MAIN);
    }

    /**
     * No string literal in report/ is the name of a constant of a domain enum ("ECDSA_P256_SHA256",
     * "SERVER") or of the providers' ("CONSCRYPT"): a report that matched on one would silently lose it when the constant is renamed.
     * What the report needs of a constant (its label, look, flags, headline questions, native
     * match) travels in plan.json, declared by the constant.
     */
    @Test
    void reportNamesNoDomainConstantInAString() throws IOException {
        Set<String> constants = new TreeSet<>();
        MAIN.stream().filter(c -> c.isEnum() && resideInAnyPackage(DOMAINS).or(resideInAnyPackage("dev.tlsbench.provider..")).test(c))
                .forEach(c -> c.getEnumConstants().stream().map(JavaEnumConstant::name).forEach(constants::add));
        assertTrue(constants.containsAll(List.of("ECDSA_P256_SHA256", "SERVER", "AES_128_GCM", "TLS12_RSA_RSA2048")),
                "the domain enums' constants are found: " + constants);
        assertTrue(constants.contains("CONSCRYPT"), "and the providers'");
        List<String> found = new ArrayList<>();
        Path report = Path.of("src/main/java/dev/tlsbench/report");
        try (Stream<Path> files = Files.walk(report)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                JavaStringLiterals.of(Files.readString(f)).stream().filter(l -> constants.contains(l.text()))
                        .forEach(l -> found.add(f + ":" + l.line() + ": \"" + l.text() + "\""));
            }
        }
        assertEquals(List.of(), found, "report/ names domain constants by string; let plan.json carry what it needs of them");
    }

    /** The literal scanner sees literals in code, not in comments, and keeps "//" inside a string. */
    @Test
    void stringLiteralsAreTheCodesNotTheComments() {
        String src = "class A {\n  // \"SERVER\" in a comment\n  /* \"CLIENT\"\n */ String a = \"ED25519\", u = \"http://x\";\n"
                + "  char q = '\"'; String b = \"say \\\"hi\\\"\";\n}";
        assertEquals(List.of(new JavaStringLiterals.Literal(4, "ED25519"), new JavaStringLiterals.Literal(4, "http://x"),
                new JavaStringLiterals.Literal(5, "say \\\"hi\\\"")), JavaStringLiterals.of(src));
    }

    /** The cycle rule (report's too) is not vacuous: two fixture packages that use each other break it. */
    @Test
    void aCycleIsCaught() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("dev.tlsbench.architecture.cycle");
        AssertionError e = assertThrows(AssertionError.class, () -> subPackagesFreeOfCycles("dev.tlsbench.architecture.cycle").check(cyclic));
        assertTrue(e.getMessage().contains("Cycle detected"), e.getMessage());
    }

    /** A section that reads a file, or loads its input, breaks the html rule; one that only renders a Path's name does not. */
    @Test
    void anHtmlClassReadingAFileIsCaught() {
        ArchRule rule = touchesNoFiles("dev.tlsbench.architecture.fixture.html..", "dev.tlsbench.architecture.fixture.input..");
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(new ClassFileImporter().importClasses(ReadsAFile.class)));
        assertTrue(e.getMessage().contains("java.nio.file.Files.readString"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> rule.check(new ClassFileImporter().importClasses(LoadsItsInput.class)));
        assertTrue(e.getMessage().contains("Inputs.load"), e.getMessage());
        rule.check(new ClassFileImporter().importClasses(RendersAString.class));
    }

    /** An analysis class using a colour breaks the analysis rule; one that only computes does not. */
    @Test
    void anAnalysisClassDrawingIsCaught() {
        ArchRule rule = drawsNothing("dev.tlsbench.architecture.fixture.analysis..");
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(new ClassFileImporter().importClasses(Draws.class)));
        assertTrue(e.getMessage().contains("java.awt.Color"), e.getMessage());
        rule.check(new ClassFileImporter().importClasses(Pure.class));
    }
}
