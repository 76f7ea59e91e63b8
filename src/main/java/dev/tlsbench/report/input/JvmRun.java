package dev.tlsbench.report.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of one JVM of one result directory, with everything that explains them: the
 * directory's env.json and plan.json, this JVM's environment, the native baseline measured on the
 * same machine, and every cell of every family (planned ones with their state, the rest of each
 * family's matrix as not in profile).
 *
 * @param index position among all runs of a report (0 = the first), for distinct file names
 */
public record JvmRun(int index, Path dir, Env env, RunPlan plan, JvmEnv jvm, Baseline baseline, List<CellOutcome> outcomes) {

    public String id() {
        return jvm.id();
    }

    /** "jdk17", or "20261129-1839_vm/jdk17" when a report holds several directories. */
    public String label(boolean withDir) {
        return withDir ? dir.getFileName() + "/" + jvm.id() : jvm.id();
    }

    /** What an SSLEngine cell's handshake negotiated and its client sent (the run's TLS attribution); empty for other cells. */
    public Optional<Negotiated> negotiated(CellOutcome o) {
        return Negotiated.of(jvm.attributionRows(), o.cell());
    }

    /** The outcomes of one family, in the run's order. */
    public List<CellOutcome> of(FamilyPlan family) {
        return outcomes.stream().filter(o -> o.family().name().equals(family.name())).toList();
    }

    /** The outcome of the cell with these parameters (method, params, threads 1), if the family has it. */
    public Optional<CellOutcome> find(String family, String method, Map<String, String> params) {
        return outcomes.stream().filter(o -> o.family().name().equals(family) && o.method().equals(method)
                && o.cell().threads() == 1 && o.cell().params().equals(new TreeMap<>(params))).findFirst();
    }
}
