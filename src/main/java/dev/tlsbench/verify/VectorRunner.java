package dev.tlsbench.verify;

import com.fasterxml.jackson.databind.JsonNode;

/** The loop every vector suite of the handshake families shares: each test of a file, judged by its result field. */
public final class VectorRunner {

    /** Runs one vector: true when the provider's output equals the expected one; throws when the provider rejects it. */
    @FunctionalInterface
    public interface Attempt {
        boolean matches(JsonNode test) throws Exception;
    }

    private VectorRunner() {
    }

    /** An invalid vector counts as accepted when the provider returns anything; others when it returns the expected output. */
    public static VectorReport run(String owner, String file, Attempt attempt) {
        VectorReport report = new VectorReport(owner, file);
        for (JsonNode group : Wycheproof.load(file).get("testGroups")) {
            for (JsonNode t : group.get("tests")) {
                Wycheproof.Result expected = Wycheproof.Result.of(t);
                boolean accepted;
                String detail;
                try {
                    boolean matches = attempt.matches(t);
                    accepted = expected == Wycheproof.Result.INVALID || matches;
                    detail = matches ? "output as expected" : "output differs";
                } catch (Exception e) {
                    accepted = false;
                    detail = "rejected: " + e;
                }
                report.record(t.get("tcId").asInt(), expected, accepted, detail);
            }
        }
        return report;
    }
}
