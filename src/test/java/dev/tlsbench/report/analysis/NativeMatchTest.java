package dev.tlsbench.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.families.Families;
import dev.tlsbench.openssl.NativeBaseline;
import dev.tlsbench.report.input.Baseline;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.Migration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The native marks the constants declare (schema 5) are the marks the report matched by constant
 * name before (what the migration of a schema-4 plan fills in): every cell of every family's full
 * matrix, against every measurement a real openssl speed made (the reference run's speed.json).
 */
class NativeMatchTest {

    private static final Path SPEED = Path.of("results/20261207-213346_vm_jdk17-jdk25/openssl/speed.json");

    @Test
    void theConstantsDeclareTheMarksTheReportMatchedByName() throws JsonProcessingException {
        Baseline baseline = new Baseline(Optional.of(NativeBaseline.read(SPEED)), "", List.of());
        Map<String, Integer> marked = new TreeMap<>();
        for (Family f : Families.ALL) {
            FamilyPlan declared = plan(f, throughJson(f.nativeMatches()));
            FamilyPlan migrated = plan(f, migratedFromSchema4(f));
            for (Cell c : Cell.product(f.benchmark().getName(), f.methods(), f.axes(), 1)) {
                Optional<String> is = NativeMatch.of(baseline, declared, c.method(), c.params()).map(NativeMatchTest::said);
                Optional<String> was = NativeMatch.of(baseline, migrated, c.method(), c.params()).map(NativeMatchTest::said);
                assertEquals(was, is, f.name() + " " + c.key());
                is.ifPresent(x -> marked.merge(f.name(), 1, Integer::sum));
            }
        }
        // 3 AEADs x 2 sizes x 2 methods x 3 buffers x 4 providers; 4 schemes x 2 x 4; 1 x 2 x 4; 2 groups x 4;
        // 2 sides x 2 compositions x 4
        assertEquals(Map.of("handshake-cost", 16, "kex", 8, "record", 144, "rsa", 8, "signature", 32), marked);
        FamilyPlan handshake = plan(Families.named("handshake-cost"), Families.named("handshake-cost").nativeMatches());
        assertTrue(NativeMatch.of(baseline, handshake, "oneHandshake", Map.of("handshake", "TLS12_RSA_RSA2048", "side", "SERVER",
                "composition", "AS_IN_A_HANDSHAKE", "provider", "JDK")).orElseThrow().what().startsWith("RSA-2048 sign"));
    }

    private static String said(NativeMatch.Native n) {
        return n.what() + " = " + n.opsPerSecond();
    }

    /** As plan.json carries them: written and read back with the result files' mapper. */
    private static List<SpeedMatch> throughJson(List<SpeedMatch> matches) throws JsonProcessingException {
        return Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(matches), new TypeReference<List<SpeedMatch>>() { });
    }

    /** What the migration of a schema-4 plan of this family (its name, methods, axes and labels) fills in. */
    private static List<SpeedMatch> migratedFromSchema4(Family f) {
        ObjectNode family = Json.MAPPER.createObjectNode().put("name", f.name());
        family.set("methods", Json.MAPPER.valueToTree(f.methods()));
        family.set("axes", Json.MAPPER.valueToTree(f.axes()));
        family.set("labels", Json.MAPPER.valueToTree(f.shape().labels()));
        ObjectNode plan = Json.MAPPER.createObjectNode();
        plan.putArray("families").add(family);
        Migration.toCurrent(Path.of("plan.json"), Migration.Kind.PLAN, 4, plan);
        return Json.MAPPER.convertValue(plan.path("families").path(0).path("nativeMatches"), new TypeReference<List<SpeedMatch>>() { });
    }

    private static FamilyPlan plan(Family f, List<SpeedMatch> matches) {
        return new FamilyPlan(f.name(), f.title(), f.benchmark().getName(), f.ownerParam(), "", f.methods(), f.axes(), Map.of(),
                new LinkedHashMap<>(), List.of(), null, Map.of(), List.of(), matches);
    }
}
