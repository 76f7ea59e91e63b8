package dev.tlsbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds a lock on a file: Linux lists every POSIX lock (what FileChannel.lock takes) in
 * /proc/locks with the holder's pid and the file's device and inode; /proc/PID/cmdline says what
 * that process is. Elsewhere, or when the holder is not visible, the answer says so.
 */
final class LockHolders {

    private LockHolders() {
    }

    /** "pid 1234 (java -cp ... BenchMain --resume DIR)", one per holder, or "another process (...)". */
    static String describe(Path file) {
        List<Long> pids = holders(file);
        if (pids.isEmpty()) {
            return "another process (not found in /proc/locks)";
        }
        List<String> out = new ArrayList<>();
        for (long pid : pids) {
            String cmd = commandLine(pid);
            out.add("pid " + pid + (cmd == null ? "" : " (" + cmd + ")"));
        }
        return String.join(", ", out);
    }

    /** The pids /proc/locks gives for the file's inode (and device). */
    static List<Long> holders(Path file) {
        List<Long> pids = new ArrayList<>();
        try {
            long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            long dev = ((Number) Files.getAttribute(file, "unix:dev")).longValue();
            String id = String.format("%02x:%02x:%d", major(dev), minor(dev), inode);
            for (String line : Files.readAllLines(Path.of("/proc/locks"), StandardCharsets.UTF_8)) {
                // "1: POSIX  ADVISORY  WRITE 1234 08:01:393217 0 EOF" ("->" marks a waiter, which holds nothing)
                String[] f = line.trim().split("\\s+");
                if (f.length >= 6 && !f[1].equals("->") && f[5].equals(id)) {
                    long pid = Long.parseLong(f[4]);
                    if (!pids.contains(pid)) {
                        pids.add(pid);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the file went away: no holder to name
        }
        return pids;
    }

    /** The process's command line, its arguments joined by spaces; null when not readable. */
    static String commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
            String cmd = raw.replace('\0', ' ').trim();
            return cmd.isEmpty() ? null : cmd;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // glibc's encoding of dev_t, as /proc/locks prints MAJOR:MINOR
    private static long major(long dev) {
        return ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
    }

    private static long minor(long dev) {
        return (dev & 0xff) | ((dev >>> 12) & ~0xffL);
    }
}
