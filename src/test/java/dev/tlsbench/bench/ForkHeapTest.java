package dev.tlsbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fork's heap is resident before anything is timed. Without that, the kernel maps each page on
 * its first write, and G1 growing its young generation (about 50 regions to about 600 after the
 * first few collections) sent a Java-allocating cell through fresh pages for some 15 s: JDK and BC
 * handshakes ran 13-15% slower with thousands of page faults per iteration, then fast again once
 * the whole eden had been used once (JDK 17 and 25 alike; native providers barely allocate).
 * Linux only: it reads /proc.
 */
class ForkHeapTest {

    /** Started with the forks' JVM arguments: prints its resident set and its committed heap, in KiB. */
    public static void main(String[] args) throws IOException {
        long rssKiB = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
        System.out.println(rssKiB + " " + Runtime.getRuntime().totalMemory() / 1024);
    }

    @Test
    void theForksHeapIsResidentBeforeTheFirstIteration() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Timing.forkJvmArgs());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ForkHeapTest.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), out);
        String[] kib = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        long rss = Long.parseLong(kib[0]);
        long heap = Long.parseLong(kib[1]);
        assertTrue(heap >= 512 * 1024, "the forks' heap is fixed and large: " + heap + " KiB");
        assertTrue(rss >= heap, "resident " + rss + " KiB is less than the committed heap, " + heap
                + " KiB: its pages are first touched while a benchmark allocates");
    }
}
