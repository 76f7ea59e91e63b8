package dev.tlsbench.run;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JMH's own lock, {@code java.io.tmpdir/jmh.lock}: JMH's Runner takes it for each invocation and fails
 * the invocation ("Unable to acquire the JMH lock") when another benchmark holds it. A run measures
 * one cell per invocation, so it takes the lock itself, at start and for its whole duration: a second
 * benchmark run is refused at start, naming the process that holds it, instead of failing cell after
 * cell, and no other benchmark slips in between two cells or during the environment capture. The
 * run's own Runner invocations are then told to skip the lock ({@code jmh.ignoreLock}, which makes JMH
 * print a warning line into jmh.log); a run started with {@code -Djmh.ignoreLock=true} skips it too.
 */
final class JmhLock implements AutoCloseable {

    private static final String IGNORE = "jmh.ignoreLock";

    private final FileChannel channel;
    private final FileLock lock;

    private JmhLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The file JMH locks (Runner.JMH_LOCK_FILE). */
    static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    /** Takes JMH's lock for this process, or refuses naming its holder; nothing when the user ignores the lock. */
    static JmhLock acquire() {
        if (Boolean.getBoolean(IGNORE)) {
            return new JmhLock(null, null);
        }
        Path file = file();
        try {
            File f = file.toFile();
            if (f.createNewFile()) {
                f.setWritable(true, false); // as JMH does: other users' benchmarks must be able to lock it too
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new RunRefused("another benchmark holds JMH's lock (" + file + "): " + LockHolders.describe(file)
                        + "; two benchmarks at once would disturb each other's numbers: wait for it to end");
            }
            System.setProperty(IGNORE, "true");
            // Runner reads jmh.ignoreLock once, when its class initializes: make that happen now.
            Class.forName("org.openjdk.jmh.runner.Runner", true, JmhLock.class.getClassLoader());
            return new JmhLock(ch, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take JMH's lock " + file, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JMH is not on the class path", e);
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
