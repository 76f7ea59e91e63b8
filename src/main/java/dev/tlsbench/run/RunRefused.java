package dev.tlsbench.run;

/**
 * A run refused at start, before it wrote anything, because another party has the directory or the
 * machine (or the directory was made with other JVMs): exit code 2 like bad usage, but the command
 * line was fine, so the message names the other party instead of pointing at --help.
 */
final class RunRefused extends UsageException {

    RunRefused(String message) {
        super(message);
    }
}
