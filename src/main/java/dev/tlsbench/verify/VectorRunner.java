package dev.tlsbench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The loop every vector suite shares: each test of each group of a Wycheproof file, judged by its
 * result field. A suite says which groups are its own, what each group needs (a key, a cipher),
 * and what one test comes to; the runner records it.
 */
public final class VectorRunner {

    /** What one vector's attempt came to. */
    public enum Verdict {
        /** The provider took it and gave the expected output. */
        EXPECTED,
        /** The provider took it but gave another output: for an invalid vector it still took it. */
        OTHER_OUTPUT,
        /** The provider refused it (a thrown exception counts as this too). */
        REFUSED,
        /** Parameters the provider does not take at all (not a verdict on it): counted as skipped. */
        SKIPPED
    }

    /** What a group's tests share (its key, say); null skips the group's tests, counted as skipped. */
    @FunctionalInterface
    public interface Group<C> {
        C prepare(JsonNode group) throws Exception;
    }

    /** One test with its group's context. */
    @FunctionalInterface
    public interface Attempt<C> {
        Verdict attempt(C context, JsonNode test) throws Exception;
    }

    /** One test of a file whose groups need nothing: true when the output is the expected one. */
    @FunctionalInterface
    public interface Match {
        boolean matches(JsonNode test) throws Exception;
    }

    private VectorRunner() {
    }

    /** Every test of every group, each judged by whether the provider's output is the expected one. */
    public static VectorReport run(String owner, String file, Match match) {
        return run(owner, file, g -> true, g -> Boolean.TRUE,
                (none, t) -> match.matches(t) ? Verdict.EXPECTED : Verdict.OTHER_OUTPUT);
    }

    /**
     * @param ownGroup which groups this suite vouches for; the others belong to another suite and are not counted
     */
    public static <C> VectorReport run(String owner, String file, Predicate<JsonNode> ownGroup, Group<C> group,
                                       Attempt<C> attempt) {
        VectorReport report = new VectorReport(owner, file);
        JsonNode vectors = Wycheproof.load(file);
        Map<String, String> bugTypes = Wycheproof.bugTypes(vectors);
        for (JsonNode g : vectors.get("testGroups")) {
            if (!ownGroup.test(g)) {
                continue;
            }
            C context = prepare(group, g);
            for (JsonNode t : g.get("tests")) {
                if (context == null) {
                    report.skip();
                } else {
                    record(report, t, context, attempt, bugTypes);
                }
            }
        }
        return report;
    }

    private static <C> C prepare(Group<C> group, JsonNode g) {
        try {
            return group.prepare(g);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare a vector group: " + e, e);
        }
    }

    /** A valid vector passes with the expected output; any other is "accepted" when the provider did not refuse it. */
    private static <C> void record(VectorReport report, JsonNode t, C context, Attempt<C> attempt, Map<String, String> bugTypes) {
        Wycheproof.Result expected = Wycheproof.Result.of(t);
        Verdict verdict;
        String detail;
        try {
            verdict = attempt.attempt(context, t);
            detail = switch (verdict) {
                case EXPECTED -> "accepted, with the expected output";
                case OTHER_OUTPUT -> "accepted, with another output";
                case REFUSED -> "refused";
                case SKIPPED -> "skipped";
            };
        } catch (Exception | LinkageError e) {
            verdict = Verdict.REFUSED;
            detail = "refused: " + e;
        }
        if (verdict == Verdict.SKIPPED) {
            report.skip();
            return;
        }
        boolean accepted = expected == Wycheproof.Result.VALID ? verdict == Verdict.EXPECTED : verdict != Verdict.REFUSED;
        report.record(t.get("tcId").asInt(), expected, accepted, detail, verdict, Wycheproof.flags(t, bugTypes));
    }
}
