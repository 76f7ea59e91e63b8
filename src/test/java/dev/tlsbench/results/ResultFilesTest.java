package dev.tlsbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.CellState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed result files: the committed runs (written before the files carried a schema) load
 * through the migration, a file of a newer schema is refused naming its version and those this build
 * reads, and what is read is written back without losing a field.
 */
class ResultFilesTest {

    @TempDir
    Path tmp;

    static Stream<Path> committedRuns() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("results"))) {
            List<Path> runs = dirs.filter(d -> Files.exists(d.resolve("plan.json"))).sorted().toList();
            assertFalse(runs.isEmpty(), "the committed runs are in results/");
            return runs.stream();
        }
    }

    /** The committed runs written before plan.json had a schema: what the migration must bring up. */
    static Stream<Path> committedOldRuns() throws IOException {
        List<Path> old = committedRuns().filter(d -> Schema.of(d.resolve("plan.json"),
                ResultFiles.readTree(d.resolve("plan.json"))) == Schema.OLDEST).toList();
        assertFalse(old.isEmpty(), "results/ keeps runs of the oldest schema");
        return old.stream();
    }

    @ParameterizedTest
    @MethodSource("committedOldRuns")
    void aCommittedRunOfTheOldSchemaLoadsThroughTheMigration(Path run) {
        PlanFile plan = ResultFiles.readPlan(run.resolve("plan.json"));
        assertEquals(Schema.CURRENT, plan.schema());
        assertTrue(List.of("quick", "warmup").contains(plan.profile()), plan.profile());
        assertFalse(plan.families().isEmpty());
        for (FamilyDescriptor f : plan.families()) {
            assertTrue(f.axes().containsKey(f.ownerParam()), f.name());
            f.owners().values().forEach(o -> assertTrue(List.of("JIT", "NATIVE").contains(o.warmup()), f.name() + " " + o));
            f.charts().forEach(c -> assertTrue(f.axes().containsKey(c.xParam()), f.name() + " " + c));
        }

        EnvFile env = ResultFiles.readEnv(run.resolve("env.json"));
        assertEquals(Schema.CURRENT, env.schema());
        assertEquals(2, env.host().logicalCpus());
        assertTrue(env.host().cpuFlags().get("aes"), "the host's flags typed");
        assertEquals("completed", env.finishedHow());
        for (JvmProbes jvm : env.jvms()) {
            assertTrue(jvm.pieceErrors().isEmpty(), jvm.pieceErrors().toString());
            assertFalse(jvm.gateRows().isEmpty(), "the gate rows typed");
            assertFalse(jvm.attributionRows().isEmpty(), "the attribution rows typed");
            assertTrue(jvm.vmFlags().containsKey("UseAESIntrinsics"));

            CellsFile cells = ResultFiles.readCells(run.resolve(jvm.id()).resolve("cells.json"));
            assertEquals(jvm.id(), cells.jvm());
            assertEquals(plan.cellsPerJvm(), cells.cells().size());
            assertTrue(cells.cells().stream().anyMatch(c -> c.state() == CellState.MEASURED));
        }
    }

    /**
     * Read and written again, a file is the same JSON but for its schema stamp and, in a plan of schema
     * 3, the facts the migration to 4 adds, in one of schema 4 or older the native matches the migration
     * to 5 adds, and in an env.json of schema 4 the gate rows' side and findings the migration to 5 adds:
     * no field is lost on the way.
     */
    @ParameterizedTest
    @MethodSource("committedRuns")
    void whatIsReadIsWrittenBackWhole(Path run) throws IOException {
        same(run.resolve("plan.json"), ResultFiles.readPlan(run.resolve("plan.json")));
        same(run.resolve("env.json"), ResultFiles.readEnv(run.resolve("env.json")));
        same(run.resolve("jdk17/cells.json"), ResultFiles.readCells(run.resolve("jdk17/cells.json")));
    }

    private void same(Path original, Object typed) throws IOException {
        Path copy = tmp.resolve(original.getFileName());
        Json.write(copy, typed);
        ObjectNode was = (ObjectNode) ResultFiles.readTree(original);
        ObjectNode is = (ObjectNode) ResultFiles.readTree(copy);
        assertEquals(Schema.CURRENT, is.get("schema").asInt());
        was.remove("schema");
        is.remove("schema");
        if (was.path("families").isArray() && was.path("families").path(0).path("headline").isMissingNode()) {
            for (JsonNode f : is.path("families")) {
                ((ObjectNode) f).remove(List.of("jdkOwner", "algorithms", "headline"));
                f.path("owners").forEach(o -> ((ObjectNode) o).remove(List.of("label", "colour", "marker")));
            }
        }
        if (was.path("families").isArray() && was.path("families").path(0).path("nativeMatches").isMissingNode()) {
            is.path("families").forEach(f -> ((ObjectNode) f).remove("nativeMatches"));
        }
        for (int j = 0; j < was.path("jvms").size(); j++) {
            JsonNode wasRows = was.path("jvms").path(j).path("vectorGate").path("suites");
            JsonNode isRows = is.path("jvms").path(j).path("vectorGate").path("suites");
            for (int r = 0; r < wasRows.size(); r++) {
                for (String added : List.of("side", "findings")) {
                    if (!wasRows.path(r).has(added)) {
                        ((ObjectNode) isRows.path(r)).remove(added);
                    }
                }
            }
        }
        assertEquals(was, is, original + " round-trips");
    }

    /**
     * A gate row of schema 4 lists its failed vectors as text; the migration to 5 finds each one's
     * flags and bug types in the Wycheproof files and gives the suite its TLS side: the JDK's ECDSA
     * tcId 6 is MissingZero, LEGACY; its Ed25519 tcId 37 (JDK 17) SignatureWithGarbage.
     */
    @Test
    void aSchema4GateRowGetsItsFindingsFromTheWycheproofFiles() throws IOException {
        Path run = committedRuns().filter(d -> Schema.of(d.resolve("env.json"), ResultFiles.readTree(d.resolve("env.json"))) == 4)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("results/ keeps a run of schema 4"));
        JvmProbes jdk17 = ResultFiles.readEnv(run.resolve("env.json")).jvms().stream().filter(j -> j.id().equals("jdk17"))
                .findFirst().orElseThrow();
        Probes.GateRow ecdsa = gateRow(jdk17, "JDK", "ecdsa_secp256r1_sha256_test.json");
        assertEquals(Probes.GateSide.CLIENT, ecdsa.side());
        assertEquals(new Probes.GateFinding("invalid", Probes.GateVerdict.EXPECTED, List.of(new Probes.VectorFlag("MissingZero", "LEGACY")), List.of(6)),
                ecdsa.findings().get(0));
        assertEquals(ecdsa.failedVectors(), ecdsa.findings().stream().mapToInt(f -> f.tcIds().size()).sum(), "all listed");
        assertEquals(List.of(new Probes.VectorFlag("SignatureWithGarbage", "SIGNATURE_MALLEABILITY")),
                gateRow(jdk17, "JDK", "ed25519_test.json").findings().get(0).flags());
        assertEquals(Probes.GateSide.BOTH, gateRow(jdk17, "BC", "ecdh_secp384r1_test.json").side());
        assertEquals(null, gateRow(jdk17, "JDK", "aes_gcm_test.json").findings(), "a row that passed has none");
    }

    private static Probes.GateRow gateRow(JvmProbes jvm, String provider, String file) {
        return jvm.gateRows().stream().filter(r -> r.provider().equals(provider) && r.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void aNewerSchemaIsRefusedNamingTheVersionFoundAndThoseSupported() throws IOException {
        Path run = committedRuns().findFirst().orElseThrow();
        for (String name : List.of("plan.json", "env.json", "jdk17/cells.json")) {
            ObjectNode root = (ObjectNode) ResultFiles.readTree(run.resolve(name));
            root.put("schema", Schema.CURRENT + 1);
            Path f = tmp.resolve(name.replace('/', '-'));
            Files.writeString(f, root.toString());
            ResultFileException e = assertThrows(UnsupportedSchemaException.class, () -> read(name, f));
            assertTrue(e.getMessage().startsWith(f + ": schema " + (Schema.CURRENT + 1) + " is newer than this build reads"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("reads schemas 1 to " + Schema.CURRENT), e.getMessage());
        }
    }

    private static Object read(String name, Path f) {
        return name.equals("plan.json") ? ResultFiles.readPlan(f) : name.equals("env.json") ? ResultFiles.readEnv(f)
                : ResultFiles.readCells(f);
    }

    @Test
    void theMigrationStampsEachOlderSchemaCurrentAndRefusesANewerOne() {
        for (int from = Schema.OLDEST; from <= Schema.CURRENT; from++) {
            ObjectNode root = Json.MAPPER.createObjectNode().put("profile", "quick");
            JsonNode out = Migration.toCurrent(Path.of("plan.json"), Migration.Kind.PLAN, from, root);
            assertEquals(Schema.CURRENT, out.get("schema").asInt(), "from " + from);
            assertEquals("quick", out.get("profile").asText());
        }
        assertThrows(UnsupportedSchemaException.class, () -> Migration.toCurrent(Path.of("plan.json"), Migration.Kind.PLAN,
                Schema.CURRENT + 1, Json.MAPPER.createObjectNode()));
        ObjectNode notAVersion = Json.MAPPER.createObjectNode().put("schema", "three");
        assertTrue(assertThrows(UnsupportedSchemaException.class, () -> Schema.of(Path.of("env.json"), notAVersion))
                .getMessage().contains("\"three\" is not a schema version"));
    }

    @Test
    void aCellStateIsWrittenByItsLabelAndAnUnknownOneNamesTheValidStates() throws IOException {
        CellRecord pending = new CellRecord("b.m p=1", "f", "b.m", java.util.Map.of("p", "1"), 1, "-f 1", CellState.PENDING, null, null, null);
        Path f = tmp.resolve("cells.json");
        Json.write(f, new CellsFile(Schema.CURRENT, "jdk17", List.of(pending, pending.with(CellState.HARNESS_LIMIT, "why", 1.5))));
        String text = Files.readString(f);
        assertTrue(text.contains("\"state\" : \"pending\"") && text.contains("\"state\" : \"harness limit\""), text);
        assertFalse(text.contains("null"), "absent values are left out: " + text);
        assertEquals(List.of(CellState.PENDING, CellState.HARNESS_LIMIT), ResultFiles.readCells(f).cells().stream().map(CellRecord::state).toList());
        Files.writeString(f, text.replace("\"pending\"", "\"n/a\""));
        String m = assertThrows(ResultFileException.class, () -> ResultFiles.readCells(f)).getMessage();
        assertTrue(m.contains("b.m p=1: unknown state 'n/a'; valid: measured, unsupported, harness limit, not in profile, FAILED, pending"), m);
    }
}
