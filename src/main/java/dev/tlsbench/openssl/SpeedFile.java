package dev.tlsbench.openssl;

import java.util.List;

/**
 * speed.json as written and read: the native baseline's result file ({@link NativeBaseline} is what
 * the suite works with). Schema 2 added the build, the capability vector and several samples per
 * measurement with their interval; a schema-1 file has one sample (its opsPerSecond) and no build.
 * Absent fields are null.
 */
record SpeedFile(Integer schema, Boolean available, String reason, String openssl, String version, OpenSslBuild build,
                 String cpuCaps, String cpuCapsSource, List<String> cpuFeatures, String timing, Integer seconds, Integer samples,
                 Double confidence, String started, Double tookSeconds, List<Measured> measurements, List<NativeBaseline.Failure> errors) {

    /** The shape this build writes. */
    static final int SCHEMA = 2;

    /**
     * One operation's samples (operations per second) with their mean, standard deviation and
     * interval at {@link SpeedFile#confidence}, and the command and raw line it was read from.
     */
    record Measured(String algorithm, String operation, Integer bytes, Double opsPerSecond, Double bytesPerSecond,
                    List<Double> samples, Double sd, Double ciLow, Double ciHigh, String command, String raw) {
    }
}
