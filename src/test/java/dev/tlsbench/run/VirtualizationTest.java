package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both layers named from their evidence. The first case is the suite's reference machine as captured
 * (fixtures/host/firecracker-pvm-docker: /proc/cpuinfo, lscpu, systemd-detect-virt --vm and
 * --container, dmesg's first lines, /proc/cmdline, /.dockerenv): a Firecracker guest whose host
 * presents the CPUID signature "bhyve", whose kernel detects PVM, inside Docker, where plain
 * systemd-detect-virt says only "docker". The others are the values such machines show (DMI strings
 * of a QEMU/KVM guest, a server's own DMI on bare metal).
 */
class VirtualizationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/host/firecracker-pvm-docker");

    private static Map<String, String> captured() throws IOException {
        Map<String, String> s = new HashMap<>();
        s.put(Virtualization.CPUINFO, read("proc-cpuinfo.txt"));
        s.put(Virtualization.LSCPU, read("lscpu.txt"));
        s.put(Virtualization.SYSTEMD_VM, read("systemd-detect-virt--vm.txt"));
        s.put(Virtualization.SYSTEMD_CONTAINER, read("systemd-detect-virt--container.txt"));
        s.put(Virtualization.DMESG, read("dmesg.txt"));
        s.put(Virtualization.CMDLINE, read("proc-cmdline.txt"));
        s.put(Virtualization.DOCKERENV, read("dockerenv"));
        return s;
    }

    private static String read(String name) throws IOException {
        return Files.readString(FIXTURE.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceMachineIsAFirecrackerGuestRunningDocker() throws IOException {
        Virtualization v = Virtualization.decide(captured());
        assertEquals("Firecracker", v.vm());
        assertEquals("PVM (guest kernel); CPUID signature bhyve", v.hypervisor());
        assertEquals("docker", v.container());
        assertEquals("Firecracker VM (hypervisor: PVM (guest kernel); CPUID signature bhyve), docker container", v.summary());
        assertTrue(v.evidence().contains("dmesg: Hypervisor detected: PVM"), v.evidence().toString());
        assertTrue(v.evidence().contains("/.dockerenv exists"), v.evidence().toString());
    }

    /** Without the kernel command line and the kernel log (unreadable dmesg), the CPUID signature is all that names the VM. */
    @Test
    void withLessEvidenceTheNameIsWhatRemains() throws IOException {
        Map<String, String> s = captured();
        s.remove(Virtualization.CMDLINE);
        assertEquals("PVM", Virtualization.decide(s).vm());
        s.remove(Virtualization.DMESG);
        Virtualization v = Virtualization.decide(s);
        assertEquals("bhyve", v.vm());
        assertEquals("", v.hypervisor());
        s.remove(Virtualization.SYSTEMD_VM);
        assertEquals("unknown hypervisor (CPUID hypervisor flag set)", Virtualization.decide(s).vm());
        s.remove(Virtualization.SYSTEMD_CONTAINER);
        assertEquals("docker", Virtualization.decide(s).container(), "/.dockerenv alone still names docker");
    }

    @Test
    void aQemuGuestIsNamedByItsDmiAndASignatureThatDiffersIsKept() {
        Virtualization v = Virtualization.decide(Map.of(
                Virtualization.CPUINFO, "flags\t\t: fpu sse2 hypervisor aes\n",
                Virtualization.LSCPU, "Hypervisor vendor:                       KVM\n",
                Virtualization.SYSTEMD_VM, "kvm\n",
                Virtualization.SYSTEMD_CONTAINER, "none\n",
                Virtualization.DMI_VENDOR, "QEMU\n",
                Virtualization.DMI_PRODUCT, "Standard PC (Q35 + ICH9, 2009)\n"));
        assertEquals("QEMU Standard PC (Q35 + ICH9, 2009)", v.vm());
        assertEquals("CPUID signature KVM", v.hypervisor());
        assertEquals("none detected", v.container());
        assertEquals("QEMU Standard PC (Q35 + ICH9, 2009) VM (hypervisor: CPUID signature KVM), no container detected", v.summary());
    }

    @Test
    void onBareMetalTheServersDmiIsNoVm() {
        Virtualization v = Virtualization.decide(Map.of(
                Virtualization.CPUINFO, "flags\t\t: fpu sse2 aes\n",
                Virtualization.SYSTEMD_VM, "none\n",
                Virtualization.DMI_VENDOR, "Dell Inc.\n",
                Virtualization.DMI_PRODUCT, "PowerEdge R650\n",
                Virtualization.CONTAINERENV, ""));
        assertEquals("none detected", v.vm());
        assertEquals("podman", v.container());
        assertEquals("no VM detected, podman container", v.summary());
    }
}
