package dev.tlsbench.report.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.results.EnvFile;
import dev.tlsbench.results.Host;
import dev.tlsbench.results.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which clock cycles per byte use, from env.json's host part: the plausible measured readings
 * (start and end averaged), else the nominal clock, labelled so; and the machine line's
 * virtualization from the two-layer summary, or an older env.json's fields.
 */
class CycleClockTest {

    private static Host host(String json) throws Exception {
        return Json.MAPPER.readValue(json, Host.class);
    }

    @Test
    void measuredReadingsAreAveragedAndNamed() throws Exception {
        CycleClock k = CycleClock.of(host("""
                {"cpuMhz": 2096.017, "cpuMhzSource": "/proc/cpuinfo cpu MHz when the run started",
                 "effectiveClock": {
                   "start": {"mhz": 3300, "method": "dependent add/xor chain timed on one thread", "plausible": true},
                   "end": {"mhz": 3100, "method": "dependent add/xor chain timed on one thread", "plausible": true}}}
                """)).orElseThrow();
        assertTrue(k.measured());
        assertEquals(3200, k.mhz(), 1e-9);
        assertEquals("measured 3.20 GHz (timed dependent add/xor chain; start 3.30 GHz, end 3.10 GHz)", k.basis());
    }

    @Test
    void anImplausibleReadingIsLeftOutAndWithoutAnyTheNominalClockIsNamedAsSuch() throws Exception {
        CycleClock k = CycleClock.of(host("""
                {"cpuMhz": 2000, "cpuMhzSource": "nominal, from the CPU model name",
                 "effectiveClock": {"start": {"mhz": 9000, "method": "perf stat cycles", "plausible": false},
                                    "end": {"mhz": 2500, "method": "perf stat cycles / task-clock", "plausible": true}}}
                """)).orElseThrow();
        assertEquals(2500, k.mhz(), 1e-9);
        assertEquals("measured 2.50 GHz (perf stat cycles / task-clock; end 2.50 GHz)", k.basis());
        CycleClock nominal = CycleClock.of(host("""
                {"cpuMhz": 2000, "cpuMhzSource": "nominal, from the CPU model name",
                 "effectiveClock": {"start": {"mhz": 9000, "method": "perf stat cycles", "plausible": false}}}
                """)).orElseThrow();
        assertFalse(nominal.measured());
        assertEquals(2000, nominal.mhz(), 1e-9);
        assertEquals("at nominal 2.00 GHz (nominal, from the CPU model name; a boosting CPU runs faster)", nominal.basis());
        assertTrue(CycleClock.of(host("{}")).isEmpty());
    }

    @Test
    void theMachineLineNamesBothLayersWhenEnvJsonHasThem() throws Exception {
        EnvFile now = Json.MAPPER.readValue("""
                {"jvms": [{"id": "jdk17"}], "host": {"virtualization": {"hypervisorFlag": true, "hypervisorVendor": "unknown",
                 "detected": "docker", "summary": "Firecracker VM (hypervisor: PVM (guest kernel); CPUID signature bhyve), docker container"}}}
                """, EnvFile.class);
        assertEquals("Firecracker VM (hypervisor: PVM (guest kernel); CPUID signature bhyve), docker container",
                new Env(Path.of("env.json"), now, List.of()).virtualization());
        EnvFile before = Json.MAPPER.readValue("""
                {"host": {"virtualization": {"hypervisorFlag": true, "hypervisorVendor": "KVM", "detected": "docker"}}}
                """, EnvFile.class);
        assertEquals("KVM (hypervisor flag set), systemd-detect-virt: docker", new Env(Path.of("env.json"), before, List.of()).virtualization());
    }
}
