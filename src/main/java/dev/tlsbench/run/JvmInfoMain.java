package dev.tlsbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Prints, as JSON, what a JVM is: vendor, version, VM, its arguments, and the VM flags that decide
 * crypto speed (AES/GHASH/ChaCha/Poly1305/SHA intrinsics, AVX level) and the GC and heap. scripts/bench
 * runs it on each JVM with the benchmark forks' arguments, so the flags are those the forks get.
 */
public final class JvmInfoMain {

    /** Flags worth recording; one missing in a JDK version is recorded as absent. */
    static final String[] FLAGS = {
            "UseAES", "UseAESIntrinsics", "UseAESCTRIntrinsics", "UseGHASHIntrinsics", "UseChaCha20Intrinsics",
            "UsePoly1305Intrinsics", "UseSHA", "UseSHA256Intrinsics", "UseSHA512Intrinsics", "UseAVX",
            "UseMultiplyToLenIntrinsic", "UseMontgomeryMultiplyIntrinsic", "UseMontgomerySquareIntrinsic",
            "UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC", "MaxHeapSize", "UseCompressedOops", "TieredCompilation"};

    private JvmInfoMain() {
    }

    public static void main(String[] args) throws Exception {
        ObjectNode root = new ObjectMapper().createObjectNode();
        for (String p : new String[] {"java.vendor", "java.version", "java.runtime.version", "java.vm.name",
                "java.vm.version", "java.specification.version", "java.home", "os.arch"}) {
            root.put(p, System.getProperty(p));
        }
        var inputs = root.putArray("inputArguments");
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(inputs::add);
        ObjectNode flags = root.putObject("flags");
        HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String f : FLAGS) {
            try {
                flags.put(f, hs == null ? "?" : hs.getVMOption(f).getValue());
            } catch (IllegalArgumentException absent) {
                // Not a flag of this JVM version (e.g. ChaCha20 intrinsics before JDK 20).
            }
        }
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
