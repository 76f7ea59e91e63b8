package dev.tlsbench.openssl;

import dev.tlsbench.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The native baseline of a run: {@code openssl speed} on the same machine for the primitives the
 * suite measures on the JVM (the record AEADs through the EVP "TLS-like sequence" at the suite's
 * headline record sizes, RSA-2048, ECDH P-256 and X25519, ECDSA P-256, Ed25519), three samples of
 * one second each (about a minute in all), with the library's version, build and the CPU capability
 * vector it chose its code paths from. Writes {@code speed.json} ({@link NativeBaseline}) and every
 * invocation's output beside it, so a number can be checked against the raw text and rerun by hand.
 */
public final class OpenSslSpeed {

    /** Seconds per sample: short, as a run's environment capture is (17 invocations x 3 samples: about a minute). */
    static final int SECONDS = 1;
    /** Samples per measurement: the fewest that give a t interval (2 degrees of freedom). */
    static final int SAMPLES = 3;
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
                System.out.println("native baseline: " + openssl.get() + " speed, " + specs().size() + " invocations x "
                        + SAMPLES + " samples of " + SECONDS + " s (about " + specs().size() * SAMPLES * SECONDS + " s) ...");
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
        String[] caps = cpuCaps(openssl, details.output(), dir);
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, Partial> firstOf = new LinkedHashMap<>();
        Map<String, Spec> specOf = new LinkedHashMap<>();
        List<NativeBaseline.Failure> errors = new ArrayList<>();
        // Rounds over every operation rather than one operation's samples back to back: a drift of the
        // machine (another tenant, the clock) then spreads over all operations instead of biasing one.
        for (int round = 1; round <= SAMPLES; round++) {
            for (Spec s : specs()) {
                String raw = s.name() + ".txt";
                String command = command(s);
                Invocation inv = run(openssl, s.args());
                String text = "# sample " + round + " of " + SAMPLES + "\n$ " + command + "\n" + inv.output();
                if (round == 1) {
                    AtomicFile.write(dir.resolve(raw), text);
                } else {
                    Files.writeString(dir.resolve(raw), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                }
                try {
                    if (inv.exit() != 0) {
                        throw new SpeedParseException("exit " + inv.exit() + (inv.timedOut() ? " (timed out)" : ""));
                    }
                    for (Partial p : s.read().apply(inv.output())) {
                        String key = p.algorithm() + "/" + p.operation() + "/" + p.bytes();
                        samples.computeIfAbsent(key, k -> new ArrayList<>()).add(p.opsPerSecond());
                        firstOf.putIfAbsent(key, p);
                        specOf.putIfAbsent(key, s);
                    }
                } catch (SpeedParseException e) {
                    errors.add(new NativeBaseline.Failure(command, raw, "sample " + round + ": " + e.getMessage()));
                    warnings.add("openssl speed: " + command + ": sample " + round + ": " + e.getMessage() + " (see " + dir.resolve(raw) + ")");
                }
            }
        }
        List<NativeBaseline.Measurement> ms = new ArrayList<>();
        samples.forEach((key, values) -> {
            Partial p = firstOf.get(key);
            ms.add(new NativeBaseline.Measurement(p.algorithm(), p.operation(), p.bytes(), values, command(specOf.get(key)),
                    specOf.get(key).name() + ".txt"));
        });
        double took = (System.nanoTime() - t0) / 1e9;
        return new NativeBaseline(true, "", openssl.toString(), version.output().trim(), OpenSslBuild.parse(details.output()),
                caps[0], caps[1],
                "openssl speed's default: operations per second of CPU (user) time, " + SAMPLES + " samples of " + SECONDS
                        + " s per measurement (rounds over all operations), one thread; mean and "
                        + Math.round(SampleStats.CONFIDENCE * 100) + " % Student's t interval",
                SECONDS, SAMPLES, started, Math.round(took * 10) / 10.0, ms, errors);
    }

    private static String command(Spec s) {
        return "openssl " + String.join(" ", s.args());
    }

    /**
     * The capability vector in effect and where it was read: {@code openssl info -cpusettings} (3.0+)
     * prints it alone, else the CPUINFO line of {@code openssl version -a} (1.1.1+), else "not reported".
     */
    static String[] cpuCaps(Path openssl, String versionA, Path dir) throws IOException {
        Invocation info = run(openssl, List.of("info", "-cpusettings"));
        AtomicFile.write(dir.resolve("cpusettings.txt"), "$ openssl info -cpusettings\n" + info.output());
        String line = info.output().lines().map(String::trim).filter(l -> l.startsWith("OPENSSL_ia32cap=")).findFirst().orElse("");
        if (info.exit() == 0 && !line.isEmpty()) {
            return new String[] {line, "openssl info -cpusettings"};
        }
        return versionA.lines().filter(l -> l.startsWith("CPUINFO:")).map(l -> l.substring(8).trim()).findFirst()
                .map(l -> new String[] {l, "openssl version -a (CPUINFO)"})
                .orElse(new String[] {"not reported", "neither openssl info -cpusettings nor openssl version -a printed it"});
    }

    /** What is measured, in the order it runs. */
    static List<Spec> specs() {
        List<Spec> specs = new ArrayList<>();
        for (SpeedAlgorithm aead : List.of(SpeedAlgorithm.AES_128_GCM, SpeedAlgorithm.AES_256_GCM, SpeedAlgorithm.CHACHA20_POLY1305)) {
            String[] a = {aead.speedName(), aead.speedName().toLowerCase(Locale.ROOT)}; // the EVP cipher: "aes-128-gcm"
            for (int size : RECORD_SIZES) {
                for (boolean open : new boolean[] {false, true}) {
                    List<String> args = new ArrayList<>(List.of("speed", "-mr", "-seconds", String.valueOf(SECONDS),
                            "-bytes", String.valueOf(size), "-aead"));
                    if (open) {
                        args.add("-decrypt");
                    }
                    args.addAll(List.of("-evp", a[1]));
                    String op = (open ? SpeedOperation.OPEN : SpeedOperation.SEAL).label();
                    specs.add(new Spec(a[1] + "-" + op + "-" + size, args, out -> aead(out, a[0], op, size)));
                }
            }
        }
        specs.add(publicKey("rsa2048", "F2", 2048, SpeedAlgorithm.RSA_2048, SpeedOperation.SIGN, SpeedOperation.VERIFY));
        specs.add(publicKey("ecdsap256", "F4", 256, SpeedAlgorithm.ECDSA_P256, SpeedOperation.SIGN, SpeedOperation.VERIFY));
        specs.add(publicKey("ecdhp256", "F5", 256, SpeedAlgorithm.ECDH_P256, SpeedOperation.DERIVE, null));
        specs.add(publicKey("ecdhx25519", "F5", 253, SpeedAlgorithm.X25519, SpeedOperation.DERIVE, null));
        specs.add(publicKey("ed25519", "F6", 253, SpeedAlgorithm.ED25519, SpeedOperation.SIGN, SpeedOperation.VERIFY));
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

    private static Spec publicKey(String name, String kind, int bits, SpeedAlgorithm measured, SpeedOperation firstOp,
                                  SpeedOperation secondOp) {
        String algorithm = measured.speedName();
        String first = firstOp.label();
        String second = secondOp == null ? null : secondOp.label();
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
