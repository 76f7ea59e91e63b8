package dev.tlsbench.run;

/** Bad command-line input: the message names what is wrong and the valid choices; exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
