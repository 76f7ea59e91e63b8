package dev.tlsbench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A result directory's lock, {@code DIR/.lock}, held while a run writes the directory: a second run
 * on it (a second --resume) is refused at start, naming the process that holds it. The lock is the
 * operating system's (FileChannel.tryLock), so it goes with its process however that ends, kill -9
 * included; the file stays, with the pid, host and command line of its last holder for people.
 */
final class RunLock implements AutoCloseable {

    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dir} (which exists); refuses naming the holder when another process has it. */
    static RunLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            // no TRUNCATE: a refused run must leave the holder's file as it is
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very JVM holds it
            }
            if (lock == null) {
                ch.close();
                throw new RunRefused(dir + " is being written by another run: " + LockHolders.describe(file)
                        + "; wait for it to end (or stop it), then resume with: scripts/bench --resume " + dir);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + HostInfo.command("uname", "-n")
                    + "\n" + ProcessHandle.current().info().commandLine().orElse("") + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
            return new RunLock(ch, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
