package dev.tlsbench.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the run mains write and what they run on by default, in one place: the suite's checkout
 * (scripts pass it as {@code -Dtlsbench.root}), its {@code results/} directory, the date-stamped
 * default names of a run and of a calibration, and the default {@code java}.
 */
final class ResultPaths {

    /** To the second: two runs started in the same minute get two directories (and a suffix settles the rest). */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ResultPaths() {
    }

    /** The suite's checkout: where results/ goes and whose commit env.json records. */
    static Path suiteRoot() {
        return Path.of(System.getProperty("tlsbench.root", ".")).toAbsolutePath().normalize();
    }

    /** The java running this main: what a run measures on without --jvm. */
    static String defaultJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** results/{@code <yyyymmdd-hhmmss>_<host>_<jdk17-jdk25>}: not created (see {@link #createNew}). */
    static Path defaultRunDir(List<RunDir.Jvm> jvms) {
        return suiteRoot().resolve("results").resolve(stamp() + "_" + shortHostName() + "_"
                + jvms.stream().map(RunDir.Jvm::id).collect(Collectors.joining("-")));
    }

    /** results/calibration_{@code <yyyymmdd-hhmmss>}. */
    static Path defaultCalibrationDir() {
        return suiteRoot().resolve("results").resolve("calibration_" + stamp());
    }

    /**
     * Creates {@code wanted}, or {@code wanted-2}, {@code wanted-3} ... when it exists: the creation is
     * atomic, so two runs started at the same second never share a directory.
     */
    static Path createNew(Path wanted) throws IOException {
        Files.createDirectories(wanted.getParent());
        for (int n = 1; ; n++) {
            Path p = n == 1 ? wanted : wanted.resolveSibling(wanted.getFileName() + "-" + n);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    private static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }

    private static String shortHostName() {
        String h = HostInfo.command("uname", "-n");
        return h == null ? "host" : h.split("\\.")[0];
    }
}
