package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.JvmEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CPU and VM flags that explain the speed of a chart's algorithms (which ones: the algorithm
 * constants declare them, plan.json carries them, {@link dev.tlsbench.report.input.FamilyPlan#cpuFlags}),
 * each with what this machine and this JVM had, for the chart's caption.
 */
public final class CryptoFlags {

    private CryptoFlags() {
    }

    /** "aes ✓ vaes ✓ avx512f ✗" for the flags of {@code names} that env.json recorded. */
    public static String cpuLine(Map<String, Boolean> have, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Boolean v = have.get(n);
            if (v != null) {
                out.add(n + (v ? " ✓" : " ✗"));
            }
        }
        return String.join("  ", out);
    }

    /** "UseAESIntrinsics=true, UseChaCha20Intrinsics: not in this JVM". */
    public static String vmLine(JvmEnv jvm, List<String> names) {
        if (!jvm.flagsRecorded()) {
            return "VM flags not recorded (the probe failed: see the environment section)";
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(jvm.flag(n).map(v -> n + "=" + v).orElse(n + ": not in this JVM"));
        }
        return String.join(", ", out);
    }
}
