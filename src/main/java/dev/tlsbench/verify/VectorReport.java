package dev.tlsbench.verify;

import dev.tlsbench.verify.VectorRunner.Verdict;
import dev.tlsbench.verify.Wycheproof.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one provider did with one Wycheproof file. It passes when every applicable {@code valid}
 * vector gives the expected output and no {@code invalid} one is accepted; what it does with
 * {@code acceptable} vectors is recorded, not judged. Vectors with parameters outside what the
 * suite measures (or the provider supports, e.g. a 64-bit GCM IV) are counted as skipped.
 */
public final class VectorReport {

    private final String owner;
    private final String file;
    private int validPassed;
    private int invalidRejected;
    private int acceptableAccepted;
    private int acceptableRejected;
    private int skipped;
    private int validFailed;
    private int invalidAccepted;
    private final List<String> failures = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    /**
     * One vector the provider got wrong, with what Wycheproof says about it: the test's flags, each
     * with its bug type from the file's "notes" (LEGACY, AUTH_BYPASS ...; "" where the file has no
     * note for it), so a report can tell a legacy leniency from a forgery.
     *
     * @param verdict what the provider did: for a valid vector REFUSED or OTHER_OUTPUT, for an invalid
     *                one EXPECTED (took it, with the output the vector lists) or OTHER_OUTPUT
     * @param flags   flag -> bug type, in the test's order
     */
    public record Finding(int tcId, Result expected, Verdict verdict, Map<String, String> flags) {
    }

    public VectorReport(String owner, String file) {
        this.owner = owner;
        this.file = file;
    }

    /**
     * Records one vector.
     *
     * @param accepted whether the provider accepted it (and, for valid ones, gave the expected output)
     * @param detail   what happened, used in the failure list
     * @param verdict  what the provider did, kept with a failure
     * @param flags    the test's flags with their bug types, kept with a failure
     */
    public void record(int tcId, Result expected, boolean accepted, String detail, Verdict verdict, Map<String, String> flags) {
        boolean failure = expected == Result.VALID ? !accepted : expected == Result.INVALID && accepted;
        if (failure) {
            findings.add(new Finding(tcId, expected, verdict, Collections.unmodifiableMap(new LinkedHashMap<>(flags))));
        }
        switch (expected) {
            case VALID -> {
                if (accepted) {
                    validPassed++;
                } else {
                    validFailed++;
                    failures.add("tcId " + tcId + " valid but failed: " + detail);
                }
            }
            case INVALID -> {
                if (accepted) {
                    invalidAccepted++;
                    failures.add("tcId " + tcId + " invalid but accepted: " + detail);
                } else {
                    invalidRejected++;
                }
            }
            case ACCEPTABLE -> {
                if (accepted) {
                    acceptableAccepted++;
                } else {
                    acceptableRejected++;
                }
            }
        }
    }

    public void skip() {
        skipped++;
    }

    public boolean passed() {
        return failures.isEmpty() && (validPassed + invalidRejected) > 0;
    }

    public String owner() { return owner; }
    public String file() { return file; }
    public int validPassed() { return validPassed; }
    public int invalidRejected() { return invalidRejected; }
    public int acceptableAccepted() { return acceptableAccepted; }
    public int acceptableRejected() { return acceptableRejected; }
    public int skipped() { return skipped; }
    public int validFailed() { return validFailed; }
    /** Invalid vectors the provider accepted: the finding that flags it in every report. */
    public int invalidAccepted() { return invalidAccepted; }
    public List<String> failures() { return List.copyOf(failures); }
    /** Every failure with its verdict and flags (not cut short like {@link #failures()} may be by a caller). */
    public List<Finding> findings() { return List.copyOf(findings); }

    @Override
    public String toString() {
        return owner + " " + file + ": " + (passed() ? "PASS" : "FAIL")
                + " valid ok " + validPassed + ", invalid rejected " + invalidRejected
                + ", acceptable accepted/rejected " + acceptableAccepted + "/" + acceptableRejected
                + ", skipped " + skipped
                + (failures.isEmpty() ? "" : ", failures " + failures.size() + ": " + failures.subList(0, Math.min(3, failures.size())));
    }
}
