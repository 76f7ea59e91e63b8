package dev.tlsbench.openssl;

import dev.tlsbench.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The native baseline of a run: {@code openssl speed} on the same machine for the primitives the
 * suite measures on the JVM (the record AEADs through the EVP "TLS-like sequence" at the suite's
 * headline record sizes, RSA-2048, ECDH P-256 and X25519, ECDSA P-256, Ed25519), one second each
 * (about 25 s in all). Writes {@code speed.json} ({@link NativeBaseline}) and every invocation's
 * output beside it, so a number can be checked against the raw text and rerun by hand.
 */
public final class OpenSslSpeed {

    /** Seconds per measurement: short, as a run's environment capture is (the whole baseline well under a minute). */
    static final int SECONDS = 1;
    /** The record sizes of the suite's headline: a packet-sized and a full-sized TLS record. */
    static final List<Integer> RECORD_SIZES = List.of(1350, 16384);
    /** One invocation may not hang a run. */
    private static final long TIMEOUT_SECONDS = 60;

    /** One invocation: its arguments after "openssl", its raw file name, and how its output becomes measurements. */
    record Spec(String name, List<String> args, Function<String, List<Partial>> read) {
    }

    /** A measurement before the command and raw file are attached. */
    record Partial(String algorithm, String operation, int bytes, double opsPerSecond, double bytesPerSecond) {
    }

    private OpenSslSpeed() {
    }

    /**
     * Records the baseline into {@code dir}; never throws: returns what went wrong (no openssl, an
     * invocation that failed, an output that could not be read), for the caller to print as warnings.
     */
    public static List<String> record(Path dir) {
        return record(dir, onPath("openssl"));
    }

    /** The same with a given openssl executable (none: the baseline is recorded as unavailable). */
    static List<String> record(Path dir, Optional<Path> openssl) {
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            if (openssl.isPresent()) {
                System.out.println("native baseline: " + openssl.get() + " speed, " + specs().size() + " measurements of "
                        + SECONDS + " s ...");
            }
            NativeBaseline b = openssl.isEmpty()
                    ? NativeBaseline.unavailable("openssl is not on PATH: no native baseline")
                    : measure(openssl.get(), dir, warnings);
            if (!b.available()) {
                warnings.add(b.reason());
            }
            b.write(dir.resolve(NativeBaseline.FILE));
        } catch (IOException | RuntimeException e) {
            warnings.add("native baseline (openssl speed) not recorded: " + e);
        }
        return warnings;
    }

    static NativeBaseline measure(Path openssl, Path dir, List<String> warnings) throws IOException {
        String started = OffsetDateTime.now().withNano(0).toString();
        long t0 = System.nanoTime();
        Invocation version = run(openssl, List.of("version"));
        Invocation details = run(openssl, List.of("version", "-a"));
        AtomicFile.write(dir.resolve("version.txt"), details.output());
        if (version.exit() != 0) {
            return NativeBaseline.unavailable(openssl + " version failed (exit " + version.exit() + "): " + version.output().trim());
        }
        String caps = details.output().lines().filter(l -> l.startsWith("CPUINFO:")).map(l -> l.substring(8).trim())
                .findFirst().orElse("not reported");
        List<NativeBaseline.Measurement> ms = new ArrayList<>();
        List<NativeBaseline.Failure> errors = new ArrayList<>();
        for (Spec s : specs()) {
            String raw = s.name() + ".txt";
            String command = "openssl " + String.join(" ", s.args());
            Invocation inv = run(openssl, s.args());
            AtomicFile.write(dir.resolve(raw), "$ " + command + "\n" + inv.output());
            try {
                if (inv.exit() != 0) {
                    throw new SpeedParseException("exit " + inv.exit() + (inv.timedOut() ? " (timed out)" : ""));
                }
                for (Partial p : s.read().apply(inv.output())) {
                    ms.add(new NativeBaseline.Measurement(p.algorithm(), p.operation(), p.bytes(), p.opsPerSecond(),
                            p.bytesPerSecond(), command, raw));
                }
            } catch (SpeedParseException e) {
                errors.add(new NativeBaseline.Failure(command, raw, e.getMessage()));
                warnings.add("openssl speed: " + command + ": " + e.getMessage() + " (see " + dir.resolve(raw) + ")");
            }
        }
        double took = (System.nanoTime() - t0) / 1e9;
        return new NativeBaseline(true, "", openssl.toString(), version.output().trim(), caps,
                "openssl speed's default: operations per second of CPU (user) time, " + SECONDS + " s per measurement, one thread",
                SECONDS, started, Math.round(took * 10) / 10.0, ms, errors);
    }

    /** What is measured, in the order it runs. */
    static List<Spec> specs() {
        List<Spec> specs = new ArrayList<>();
        String[][] aeads = {{"AES-128-GCM", "aes-128-gcm"}, {"AES-256-GCM", "aes-256-gcm"}, {"ChaCha20-Poly1305", "chacha20-poly1305"}};
        for (String[] a : aeads) {
            for (int size : RECORD_SIZES) {
                for (boolean open : new boolean[] {false, true}) {
                    List<String> args = new ArrayList<>(List.of("speed", "-mr", "-seconds", String.valueOf(SECONDS),
                            "-bytes", String.valueOf(size), "-aead"));
                    if (open) {
                        args.add("-decrypt");
                    }
                    args.addAll(List.of("-evp", a[1]));
                    String op = open ? "open" : "seal";
                    specs.add(new Spec(a[1] + "-" + op + "-" + size, args, out -> aead(out, a[0], op, size)));
                }
            }
        }
        specs.add(publicKey("rsa2048", "F2", 2048, "RSA-2048", "sign", "verify"));
        specs.add(publicKey("ecdsap256", "F4", 256, "ECDSA P-256", "sign", "verify"));
        specs.add(publicKey("ecdhp256", "F5", 256, "P-256", "derive", null));
        specs.add(publicKey("ecdhx25519", "F5", 253, "X25519", "derive", null));
        specs.add(publicKey("ed25519", "F6", 253, "Ed25519", "sign", "verify"));
        return specs;
    }

    static List<Partial> aead(String output, String algorithm, String operation, int size) {
        SpeedOutput.Line l = SpeedOutput.only(output, "F", 0);
        if (!l.name().equalsIgnoreCase(algorithm)) {
            throw new SpeedParseException("measured " + l.name() + ", not " + algorithm);
        }
        double bytesPerSecond = l.rates().get(0);
        return List.of(new Partial(algorithm, operation, size, bytesPerSecond / size, bytesPerSecond));
    }

    private static Spec publicKey(String name, String kind, int bits, String algorithm, String first, String second) {
        List<String> args = List.of("speed", "-mr", "-seconds", String.valueOf(SECONDS), name);
        return new Spec(name, args, out -> {
            SpeedOutput.Line l = SpeedOutput.only(out, kind, bits);
            List<Partial> ps = new ArrayList<>();
            ps.add(new Partial(algorithm, first, 0, l.rates().get(0), 0));
            if (second != null) {
                if (l.rates().size() < 2) {
                    throw new SpeedParseException("+" + kind + " line without a " + second + " rate");
                }
                ps.add(new Partial(algorithm, second, 0, l.rates().get(1), 0));
            }
            return ps;
        });
    }

    record Invocation(int exit, String output, boolean timedOut) {
    }

    /** Runs openssl; its output goes to a temporary file so that a hung process cannot block the read. */
    private static Invocation run(Path openssl, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(openssl.toString()));
        cmd.addAll(args);
        Path out = Files.createTempFile("openssl-speed", ".txt");
        Process p = null;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            return done ? new Invocation(p.exitValue(), text, false) : new Invocation(-1, text, true);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", cmd), e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static Optional<Path> onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
