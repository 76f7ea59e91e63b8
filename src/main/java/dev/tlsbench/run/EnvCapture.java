package dev.tlsbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.JvmProbes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Before a JVM measures anything, what will explain its numbers, each probe in a child JVM of that
 * very java with the forks' arguments: what the JVM is (JvmInfoMain), its crypto-relevant VM flags
 * (PrintFlagsFinal, diagnostic flags included), which providers load and what each can do
 * (ProvidersMain), the correctness gate (VectorGateMain) and what SSLEngine handshakes negotiate and
 * who serves them (TlsAttributionMain). Each lands in {@code <jvm>/env/}; a probe that fails is
 * recorded as such (env.json says so, the report shows it), and the run goes on.
 */
final class EnvCapture {

    private record Step(String name, Class<?> main, boolean json) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("jvm", JvmInfoMain.class, false),
            new Step("providers", ProvidersMain.class, true),
            new Step("vectors", VectorGateMain.class, true),
            new Step("attribution", TlsAttributionMain.class, true));

    private EnvCapture() {
    }

    /** Runs every probe on {@code java}; returns a warning per probe that failed. */
    static List<String> capture(Path envDir, String java, String classPath) {
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(envDir);
            for (Step s : STEPS) {
                List<String> cmd = new ArrayList<>(List.of(java));
                cmd.addAll(Timing.forkJvmArgs());
                cmd.addAll(List.of("-cp", classPath, s.main().getName()));
                if (s.json()) {
                    cmd.add("--json");
                }
                if (!runTo(cmd, envDir.resolve(s.name() + ".json"), envDir.resolve(s.name() + ".log"))) {
                    warnings.add(s.main().getSimpleName() + " failed (see " + envDir.resolve(s.name() + ".log") + ")");
                }
            }
            List<String> flags = new ArrayList<>(List.of(java));
            flags.addAll(Timing.forkJvmArgs());
            flags.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintFlagsFinal", "-version"));
            Path table = envDir.resolve("flags.txt");
            if (runTo(flags, table, envDir.resolve("flags.log"))) {
                Json.write(envDir.resolve("flags.json"), JvmFlags.parse(Files.readString(table)));
            } else {
                warnings.add("-XX:+PrintFlagsFinal failed (see " + envDir.resolve("flags.log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return warnings;
    }

    /** The JVM's part of env.json: what each probe printed, or {"error": ...} where it failed. */
    static JvmProbes jvmPart(Path envDir, String id, String java) {
        return new JvmProbes(id, java, piece(envDir.resolve("jvm.json")), piece(envDir.resolve("flags.json")),
                piece(envDir.resolve("providers.json")), piece(envDir.resolve("vectors.json")), piece(envDir.resolve("attribution.json")));
    }

    private static JsonNode piece(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            return Json.MAPPER.valueToTree(Map.of("error", file.getFileName() + " unreadable: " + e.getMessage()));
        }
    }

    private static boolean runTo(List<String> cmd, Path stdout, Path stderr) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                Files.writeString(stderr, "\ntimed out after 10 minutes\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
                return false;
            }
            return p.exitValue() == 0;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + cmd.get(cmd.size() - 1), e);
        }
    }
}
