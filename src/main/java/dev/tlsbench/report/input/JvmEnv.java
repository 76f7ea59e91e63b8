package dev.tlsbench.report.input;

import dev.tlsbench.results.JvmProbes;
import dev.tlsbench.results.Probes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JVM's part of env.json ({@link JvmProbes}): what the JVM is, its crypto-relevant VM flags, which
 * providers loaded (with their native libraries), the correctness gate and the TLS attribution. A
 * probe that failed left {"error": "..."} in its place: {@link #pieceErrors()} lists them so the
 * report shows them.
 */
public record JvmEnv(JvmProbes probes) {

    String id() {
        return probes.id();
    }

    /** The java executable the run used. */
    public String path() {
        return Env.or(probes.path(), "?");
    }

    /** The JVM's properties; fields are null where its probe failed. */
    public Probes.JvmInfo info() {
        return probes.jvmInfo();
    }

    public String javaVersion() {
        return Env.or(info().javaRuntimeVersion(), Env.or(probes.providersProbe().javaVersion(), "?"));
    }

    String javaVendor() {
        return Env.or(info().javaVendor(), Env.or(probes.providersProbe().javaVendor(), "?"));
    }

    /** "JDK 17.0.15+6 (Debian)", for captions. */
    public String label() {
        return "JDK " + javaVersion() + " (" + javaVendor() + ")";
    }

    /** "jvm: JvmInfoMain failed ..." per piece that is an error or missing: shown, never ignored. */
    public List<String> pieceErrors() {
        return probes.pieceErrors();
    }

    /** A VM flag's value ("true", "3" ...), empty when this JVM has no such flag. */
    public Optional<String> flag(String name) {
        return Optional.ofNullable(flags().get(name)).map(Probes.VmFlag::value);
    }

    /** Whether the VM flags were recorded (their probe did not fail). */
    public boolean flagsRecorded() {
        return probes.flagsRecorded();
    }

    public Map<String, Probes.VmFlag> flags() {
        return probes.vmFlags();
    }

    /**
     * The native library doing {@code provider}'s work as ProvidersMain recorded it ("AWS-LC v1.47.0",
     * "BoringSSL, revision not reported by Conscrypt"), or "" for a pure-Java or unknown provider.
     */
    public String nativeLibrary(String provider) {
        return providers().stream().filter(p -> provider.equals(p.name()) && p.loaded())
                .map(p -> p.nativeLibrary() == null ? "" : p.nativeLibrary()).findFirst().orElse("");
    }

    public List<Probes.ProviderRow> providers() {
        return probes.providersProbe().providers();
    }

    /** One row per provider x Wycheproof suite. */
    public List<Probes.GateRow> gateRows() {
        return probes.gateRows();
    }

    /** Per TLS stack x configuration: what was negotiated and who served it, or why not. */
    public List<Probes.AttributionRow> attributionRows() {
        return probes.attributionRows();
    }
}
