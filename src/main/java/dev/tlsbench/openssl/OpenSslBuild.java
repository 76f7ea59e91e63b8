package dev.tlsbench.openssl;

import java.util.Locale;

/**
 * Which OpenSSL a native number comes from, as {@code openssl version -a} says: the version line
 * (command and library, which can differ), when and for which platform it was built, its build
 * options and compiler flags. A field the output lacks is "" (older or trimmed builds).
 */
public record OpenSslBuild(String version, String builtOn, String platform, String options, String compiler) {

    /** Nothing known (no openssl, or an older speed.json). */
    public static final OpenSslBuild UNKNOWN = new OpenSslBuild("", "", "", "", "");

    /** Reads the output of {@code openssl version -a}; its first line is the version. */
    public static OpenSslBuild parse(String versionA) {
        String version = versionA.lines().findFirst().orElse("").trim();
        return new OpenSslBuild(version, field(versionA, "built on"), field(versionA, "platform"),
                field(versionA, "options"), field(versionA, "compiler"));
    }

    private static String field(String text, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return text.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(l -> l.substring(prefix.length()).trim()).findFirst().orElse("");
    }
}
