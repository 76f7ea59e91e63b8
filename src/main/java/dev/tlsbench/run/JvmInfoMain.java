package dev.tlsbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;

/**
 * Prints, as JSON, what a JVM is: vendor, version, VM and its arguments. A run starts it on each
 * JVM with the benchmark forks' arguments, so the arguments are those the forks get; the VM flags
 * that decide crypto speed come from {@link JvmFlags}.
 */
public final class JvmInfoMain {

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
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
