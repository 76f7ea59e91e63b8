package dev.tlsbench.run;

import dev.tlsbench.bench.Family;
import dev.tlsbench.families.Families;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;

/** The options scripts/bench and scripts/calibrate share (a picocli mixin): which JVMs, which cells, where to. */
final class SelectionOptions {

    @Option(names = "--jvm", paramLabel = "PATH",
            description = "a java to measure on; repeat for several (each gets jdk17, jdk25, ...). "
                    + "Default: the java running the script (JAVA_HOME or PATH)")
    List<String> jvms = new ArrayList<>();

    @Option(names = "--families", paramLabel = "F", split = ",", completionCandidates = FamilyNames.class,
            description = "only these families: ${COMPLETION-CANDIDATES}")
    List<String> families = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=V,...",
            description = "keep only these values of an axis (repeatable), e.g. --param provider=JDK,ACCP --param size=16384")
    List<String> params = new ArrayList<>();

    @Option(names = "--methods", paramLabel = "M", split = ",",
            description = "keep only these benchmark methods, e.g. --methods seal")
    List<String> methods = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "the output directory (default: a new one under results/)")
    Path out;

    /** The family names, for the help and for picocli's candidates. */
    static final class FamilyNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Families.ALL.stream().map(Family::name).iterator();
        }
    }
}
