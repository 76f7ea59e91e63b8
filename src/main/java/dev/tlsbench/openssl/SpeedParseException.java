package dev.tlsbench.openssl;

/** Output of openssl speed that does not say what was asked: the message says what is missing or wrong. */
public final class SpeedParseException extends RuntimeException {

    public SpeedParseException(String message) {
        super(message);
    }
}
