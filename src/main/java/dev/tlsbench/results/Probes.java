package dev.tlsbench.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the environment probes print (JvmInfoMain, PrintFlagsFinal, ProvidersMain, VectorGateMain,
 * TlsAttributionMain), as records: the probes write them and the report reads them through
 * {@link JvmProbes}. Fields a probe leaves out are null.
 */
public final class Probes {

    private Probes() {
    }

    /** What a JVM is: its system properties and the arguments its forks get. */
    public record JvmInfo(@JsonProperty("java.vendor") String javaVendor, @JsonProperty("java.version") String javaVersion,
                          @JsonProperty("java.runtime.version") String javaRuntimeVersion,
                          @JsonProperty("java.vm.name") String vmName, @JsonProperty("java.vm.version") String vmVersion,
                          @JsonProperty("java.specification.version") String specificationVersion,
                          @JsonProperty("java.home") String javaHome, @JsonProperty("os.arch") String osArch,
                          List<String> inputArguments) {

        static final JvmInfo NONE = new JvmInfo(null, null, null, null, null, null, null, null, null);

        /** This JVM's own. */
        public static JvmInfo ofThisJvm(List<String> inputArguments) {
            return new JvmInfo(System.getProperty("java.vendor"), System.getProperty("java.version"),
                    System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
                    System.getProperty("java.vm.version"), System.getProperty("java.specification.version"),
                    System.getProperty("java.home"), System.getProperty("os.arch"), List.copyOf(inputArguments));
        }

        /** The fork's arguments as a JSON array ("[\"-Xms1g\",\"-Xmx1g\"]"), or "" when not recorded. */
        public String inputArgumentsJson() {
            return inputArguments == null ? "" : Json.MAPPER.valueToTree(inputArguments).toString();
        }
    }

    /** One line of PrintFlagsFinal: value, type (bool, intx ...), kind ({diagnostic} ...) and origin. */
    public record VmFlag(String value, String type, String kind, String origin) {
    }

    /** ProvidersMain's output: which providers load, and what each can do per family. */
    public record ProvidersProbe(@JsonProperty("java.version") String javaVersion, @JsonProperty("java.vendor") String javaVendor,
                                 List<ProviderRow> providers, List<Capability> capabilities) {

        static final ProvidersProbe NONE = new ProvidersProbe(null, null, List.of(), List.of());

        public ProvidersProbe {
            providers = providers == null ? List.of() : providers;
            capabilities = capabilities == null ? List.of() : capabilities;
        }
    }

    /** One JCA provider: whether it loaded, its version and native library, or why it did not load. */
    public record ProviderRow(String name, boolean loaded, String version, String nativeLibrary, String reason,
                              List<String> javaProviders) {
    }

    /** One owner x algorithm of a family: supported or not, found by trying, with the state and reason. */
    public record Capability(String family, String ownerParam, String owner, String algorithmParam, String algorithm,
                             boolean supported, String state, String reason) {
    }

    /** VectorGateMain's output: one row per provider x Wycheproof suite. */
    public record GateProbe(@JsonProperty("java.version") String javaVersion, List<GateRow> suites) {

        static final GateProbe NONE = new GateProbe(null, List.of());

        public GateProbe {
            suites = suites == null ? List.of() : suites;
        }
    }

    /**
     * One provider x Wycheproof suite: status pass, fail, unsupported or error; the counts when it ran
     * (null otherwise); the cells a failure flags ({@code affects}).
     *
     * @param side     which end of a TLS connection runs the operation the vectors test: CLIENT (signature
     *                 verification), SERVER (key-transport decryption) or BOTH; null in runs before it was
     *                 recorded (read as BOTH)
     * @param findings every failed vector, grouped by verdict and Wycheproof flags; null in runs before
     *                 they were recorded (the migration fills them from {@code failures}, which lists at most five)
     */
    public record GateRow(String provider, String file, String algorithm, List<Affects> affects, String status,
                          Integer validPassed, Integer validFailed, Integer invalidRejected, Integer invalidAccepted,
                          Integer acceptableAccepted, Integer acceptableRejected, Integer skipped, String summary,
                          List<String> failures, String reason, GateSide side, List<GateFinding> findings) {

        public GateRow {
            affects = affects == null ? List.of() : affects;
        }

        /** The failed vectors the counts report: those that valid-failed plus those invalid-accepted (0 when it did not run). */
        public int failedVectors() {
            return (validFailed == null ? 0 : validFailed) + (invalidAccepted == null ? 0 : invalidAccepted);
        }

        /** The findings, never null (empty where none were recorded). */
        public List<GateFinding> findingsOrEmpty() {
            return findings == null ? List.of() : findings;
        }
    }

    /**
     * The end of a TLS connection whose use of a primitive a gate row tests: CLIENT (signature
     * verification: the client checks the server's signature), SERVER (RSA key-transport decryption),
     * BOTH (key agreement, record protection, key derivation). CLIENT and SERVER are the names the
     * handshake-cost family's {@code side} axis uses, which is how a finding finds its cells.
     */
    public enum GateSide { CLIENT, SERVER, BOTH }

    /** What a provider did with a vector it got wrong: refused a valid one, took an invalid one (EXPECTED), or gave another output. */
    public enum GateVerdict { EXPECTED, OTHER_OUTPUT, REFUSED }

    /**
     * Vectors one provider got wrong the same way: the same expected result, the same verdict and the
     * same Wycheproof flags.
     *
     * @param result  the vectors' expected result: "valid" or "invalid"
     * @param verdict what the provider did: REFUSED or OTHER_OUTPUT for a valid vector; EXPECTED (took it,
     *                with the output the vector lists) or OTHER_OUTPUT for an invalid one
     * @param flags   the vectors' flags with the bug type Wycheproof's notes give each ("" without a note)
     * @param tcIds   the vectors
     */
    public record GateFinding(String result, GateVerdict verdict, List<VectorFlag> flags, List<Integer> tcIds) {

        public GateFinding {
            flags = flags == null ? List.of() : flags;
            tcIds = tcIds == null ? List.of() : tcIds;
        }

        /** {@code findings} with those of the same result, verdict and flags merged into one, their tcIds in order. */
        public static List<GateFinding> grouped(List<GateFinding> findings) {
            Map<GateFinding, List<Integer>> groups = new LinkedHashMap<>();
            for (GateFinding f : findings) {
                groups.computeIfAbsent(new GateFinding(f.result(), f.verdict(), f.flags(), List.of()), k -> new ArrayList<>())
                        .addAll(f.tcIds());
            }
            List<GateFinding> out = new ArrayList<>();
            groups.forEach((kind, tcIds) -> out.add(new GateFinding(kind.result(), kind.verdict(), kind.flags(), List.copyOf(tcIds))));
            return out;
        }

        /** "tcId 6 (MissingZero: LEGACY)" or "tcIds 350, 479 (ArithmeticError: EDGE_CASE)". */
        public String describe() {
            return (tcIds.size() == 1 ? "tcId " : "tcIds ") + String.join(", ", tcIds.stream().map(String::valueOf).toList())
                    + " (" + String.join(", ", flags.stream().map(f -> f.flag() + (f.bugType().isEmpty() ? "" : ": " + f.bugType()))
                    .toList()) + ")";
        }
    }

    /** A Wycheproof flag ("MissingZero") and its bug type from the file's notes ("LEGACY"). */
    public record VectorFlag(String flag, String bugType) {

        public VectorFlag {
            bugType = bugType == null ? "" : bugType;
        }
    }

    /** The cells of one family a gate row is about: those of these owners and algorithms. */
    public record Affects(String family, String benchmark, String ownerParam, List<String> owners, String algorithmParam,
                          List<String> algorithms) {

        public Affects {
            owners = owners == null ? List.of() : owners;
            algorithms = algorithms == null ? List.of() : algorithms;
        }
    }

    /**
     * One TLS stack (or mixed client/server pair) x handshake configuration: what the handshake
     * negotiated and what each side sent on the wire, how it resumed and which provider served each
     * role; or why it is unsupported ({@code supported} false and {@code reason}).
     *
     * @param stack                 the stack of both ends, or null for a mixed pair
     * @param pair                  the mixed pair (client stack, server stack), or null for one stack
     * @param negotiatedParts       the gate's algorithm names the negotiated handshake used (for DEFAULTS configurations)
     * @param inherent              what the stack does itself, whatever the provider
     * @param clientKeyShares       the groups of the key shares the client's first hello sent; null in runs made
     *                              before the wire was recorded
     * @param clientRetryKeyShares  those of its second hello after a HelloRetryRequest, else null
     * @param serverGroup           the server's group (ServerHello key_share or TLS 1.2 curve)
     * @param hrr                   whether the server asked for a retry
     * @param wireNote              why the client sends more than the configuration names, or ""
     * @param harnessChanges        what the harness changed in the JVM's security settings for this
     *                              configuration (TLS_RSA_* re-enabled on JDK 24+, ACCP made provider 1);
     *                              empty when it runs on the JVM as installed, null in older runs
     */
    public record AttributionRow(String stack, String pair, String config, boolean supported, String protocol, String suite,
                                 String group, String resumedBy, String resumedGroup, Map<String, String> providers,
                                 List<String> negotiatedParts, List<String> inherent, List<String> clientKeyShares,
                                 List<String> clientRetryKeyShares, List<String> clientGroups,
                                 List<String> clientSignatureSchemes, String serverGroup, Boolean hrr, String wireNote,
                                 List<String> harnessChanges, String reason) {

        /** A configuration the stack or pair cannot do, or whose proof failed. */
        public static AttributionRow refused(String stack, String pair, String config, String reason) {
            return new AttributionRow(stack, pair, config, false, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, reason);
        }

        /** What the client's hello listed, never null ("not recorded" is {@code clientKeyShares() == null}). */
        public List<String> groupsSent() {
            return clientGroups == null ? List.of() : clientGroups;
        }

        public List<String> schemesSent() {
            return clientSignatureSchemes == null ? List.of() : clientSignatureSchemes;
        }

        /** The harness's changes to the JVM for this row, never null. */
        public List<String> changes() {
            return harnessChanges == null ? List.of() : harnessChanges;
        }

        /** Why the client sent more than the configuration names, or "". */
        public String wireNoteText() {
            return wireNote == null ? "" : wireNote;
        }

        /** The stack, or the pair for a mixed row: what the row is about. */
        public String who() {
            return pair != null ? pair : stack;
        }
    }
}
