package dev.tlsbench.verify;

import dev.tlsbench.verify.Wycheproof.Result;
import java.util.ArrayList;
import java.util.List;

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

    public VectorReport(String owner, String file) {
        this.owner = owner;
        this.file = file;
    }

    /**
     * Records one vector.
     *
     * @param accepted whether the provider accepted it (and, for valid ones, gave the expected output)
     * @param detail   what happened, used in the failure list
     */
    public void record(int tcId, Result expected, boolean accepted, String detail) {
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

    @Override
    public String toString() {
        return owner + " " + file + ": " + (passed() ? "PASS" : "FAIL")
                + " valid ok " + validPassed + ", invalid rejected " + invalidRejected
                + ", acceptable accepted/rejected " + acceptableAccepted + "/" + acceptableRejected
                + ", skipped " + skipped
                + (failures.isEmpty() ? "" : ", failures " + failures.size() + ": " + failures.subList(0, Math.min(3, failures.size())));
    }
}
