package dev.tlsbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which virtual machine and which container a run measured in: two layers, each with its own
 * evidence, because one tool sees only one of them. On the suite's reference machine (a Firecracker
 * guest running Docker) {@code systemd-detect-virt} says "docker" (the container wins), its
 * {@code --vm} says "bhyve" (the CPUID hypervisor signature, which that host presents), the guest
 * kernel logs "Hypervisor detected: PVM", DMI is absent, and the kernel command line carries
 * Firecracker's init. So the machine is named from the most specific evidence first: DMI (the
 * platform's own name, e.g. "Amazon EC2", "QEMU"), then the kernel command line (Firecracker has no
 * DMI), then Xen's /sys/hypervisor, then what the guest kernel or CPUID detected; conflicting
 * signatures are kept next to the name rather than dropped.
 *
 * <p>Evidence is a map from its source (a file path or a command) to what it held; a source that is
 * missing, unreadable or failed is absent. {@link #collect()} reads the running machine, tests pass
 * captured contents.
 *
 * @param vm        "Firecracker", "QEMU Standard PC (Q35 + ICH9, 2009)", ..., "none detected"
 * @param hypervisor what the guest kernel and CPUID say runs the VM, e.g. "PVM (guest kernel); CPUID signature bhyve"
 * @param container "docker", "podman", ..., "none detected"
 * @param evidence  one line per source that said something, "source: what"
 */
record Virtualization(String vm, String hypervisor, String container, List<String> evidence) {

    static final String CPUINFO = "/proc/cpuinfo";
    static final String LSCPU = "lscpu";
    static final String SYSTEMD_VM = "systemd-detect-virt --vm";
    static final String SYSTEMD_CONTAINER = "systemd-detect-virt --container";
    static final String DMI_VENDOR = "/sys/class/dmi/id/sys_vendor";
    static final String DMI_PRODUCT = "/sys/class/dmi/id/product_name";
    static final String XEN = "/sys/hypervisor/type";
    static final String DMESG = "dmesg";
    static final String CMDLINE = "/proc/cmdline";
    static final String DOCKERENV = "/.dockerenv";
    static final String CONTAINERENV = "/run/.containerenv";
    static final String SYSTEMD_CONTAINER_FILE = "/run/systemd/container";

    /** Every source, in the order they are read. */
    static final List<String> SOURCES = List.of(CPUINFO, LSCPU, SYSTEMD_VM, SYSTEMD_CONTAINER, DMI_VENDOR, DMI_PRODUCT, XEN,
            DMESG, CMDLINE, DOCKERENV, CONTAINERENV, SYSTEMD_CONTAINER_FILE);

    private static final Pattern KERNEL_DETECTED = Pattern.compile("Hypervisor detected:\\s*(.+)");

    Virtualization {
        evidence = List.copyOf(evidence);
    }

    /** "Firecracker VM (hypervisor: PVM (guest kernel); CPUID signature bhyve), docker container". */
    String summary() {
        String machine = vm.equals("none detected") ? "no VM detected" : vm + " VM" + (hypervisor.isEmpty() ? "" : " (hypervisor: " + hypervisor + ")");
        return machine + ", " + (container.equals("none detected") ? "no container detected" : container + " container");
    }

    /** Decides both layers from the sources' contents. */
    static Virtualization decide(Map<String, String> sources) {
        List<String> evidence = new ArrayList<>();
        boolean flag = Optional.ofNullable(HostInfo.field(lines(sources.get(CPUINFO)), "flags"))
                .map(f -> List.of(f.split("\\s+")).contains("hypervisor")).orElse(false);
        if (flag) {
            evidence.add(CPUINFO + ": hypervisor flag set (CPUID.1:ECX bit 31)");
        }
        String cpuid = HostInfo.field(lines(sources.get(LSCPU)), "Hypervisor vendor");
        if (cpuid != null) {
            evidence.add(LSCPU + ": Hypervisor vendor " + cpuid);
        }
        String systemdVm = said(sources.get(SYSTEMD_VM));
        if (systemdVm != null) {
            evidence.add(SYSTEMD_VM + ": " + systemdVm);
        }
        String dmi = String.join(" ", nonBlank(sources.get(DMI_VENDOR)), nonBlank(sources.get(DMI_PRODUCT))).trim();
        if (!dmi.isEmpty()) {
            evidence.add("DMI: " + dmi);
        }
        String xen = said(sources.get(XEN));
        if (xen != null) {
            evidence.add(XEN + ": " + xen);
        }
        String kernel = null;
        Matcher m = KERNEL_DETECTED.matcher(nonBlank(sources.get(DMESG)));
        if (m.find()) {
            kernel = m.group(1).trim();
            evidence.add(DMESG + ": Hypervisor detected: " + kernel);
        }
        boolean firecracker = nonBlank(sources.get(CMDLINE)).toLowerCase(Locale.ROOT).contains("firecracker");
        if (firecracker) {
            evidence.add(CMDLINE + ": mentions firecracker");
        }

        // The CPUID signature as lscpu names it, else as systemd names it (it reads the same leaf).
        String signature = cpuid != null ? cpuid : systemdVm;
        String vm;
        boolean virtual = flag || signature != null || kernel != null || xen != null || firecracker;
        if (!virtual) {
            vm = "none detected"; // DMI on bare metal names the server, not a VM
        } else if (!dmi.isEmpty() && !isPlaceholder(dmi)) {
            vm = dmi;
        } else if (firecracker) {
            vm = "Firecracker";
        } else if (xen != null) {
            vm = "Xen";
        } else if (kernel != null) {
            vm = kernel;
        } else if (signature != null) {
            vm = signature;
        } else {
            vm = "unknown hypervisor (CPUID hypervisor flag set)";
        }
        List<String> hv = new ArrayList<>();
        if (kernel != null && !kernel.equalsIgnoreCase(vm)) {
            hv.add(kernel + " (guest kernel)");
        }
        if (signature != null && !signature.equalsIgnoreCase(vm) && !signature.equalsIgnoreCase(kernel == null ? "" : kernel)) {
            hv.add("CPUID signature " + signature);
        }

        String container = said(sources.get(SYSTEMD_CONTAINER));
        if (container != null) {
            evidence.add(SYSTEMD_CONTAINER + ": " + container);
        }
        String marker = sources.containsKey(DOCKERENV) ? "docker" : sources.containsKey(CONTAINERENV) ? "podman"
                : said(sources.get(SYSTEMD_CONTAINER_FILE));
        if (marker != null) {
            evidence.add((sources.containsKey(DOCKERENV) ? DOCKERENV + " exists"
                    : sources.containsKey(CONTAINERENV) ? CONTAINERENV + " exists" : SYSTEMD_CONTAINER_FILE + ": " + marker));
        }
        return new Virtualization(vm, String.join("; ", hv), container != null ? container : marker != null ? marker : "none detected",
                evidence);
    }

    /** Reads every source of the running machine. */
    static Virtualization collect() {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (String s : SOURCES) {
            String v = s.startsWith("/") ? HostInfo.file(s) : HostInfo.command(s.split(" "));
            if (v != null) {
                sources.put(s, v);
            }
        }
        return decide(sources);
    }

    /** What a tool said, or null for nothing or "none" (systemd-detect-virt's answer when it finds nothing). */
    private static String said(String s) {
        String t = nonBlank(s).trim();
        return t.isEmpty() || t.equals("none") ? null : t;
    }

    /** DMI strings firmware fills in when it names nothing. */
    private static boolean isPlaceholder(String dmi) {
        String d = dmi.toLowerCase(Locale.ROOT);
        return d.contains("to be filled by o.e.m") || d.equals("default string default string") || d.equals("system manufacturer system product name");
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.trim();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().toList();
    }
}
