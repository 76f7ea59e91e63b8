package dev.tlsbench.report.format;

import dev.tlsbench.bench.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for people where plan.json has no label (every constant has one since schema 4; this is for
 * values that are not constants, and names the TLS probes record): a constant-like name made readable
 * (TLS13_AES_128_GCM_X25519 becomes "TLS 1.3 AES-128-GCM X25519"), method
 * names ("keyGenAndAgree": "key gen and agree") and JMH timings. Tokens are rewritten by pattern;
 * plan.json's labels always win.
 */
public final class Labels {

    /** How tokens of constant names are spelled (tokens, never whole constants: those have their labels in plan.json). */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("CHACHA20", "ChaCha20"), Map.entry("POLY1305", "Poly1305"), Map.entry("ED448", "Ed448"),
            Map.entry("MLKEM768", "ML-KEM-768"));

    private static final Pattern TLS = Pattern.compile("TLS1([0-3])");
    private static final Pattern KEY_SIZE = Pattern.compile("(RSA|DSA|FFDHE)(\\d{4})");
    private static final Pattern CURVE = Pattern.compile("P(256|384|521)");

    private Labels() {
    }

    /** An axis constant made readable. */
    public static String constant(String value) {
        if (!value.contains("_") && !value.matches("[A-Z0-9]+")) {
            return value; // a number, or already for people
        }
        String s = value.replaceAll("AES_(\\d+)_GCM", "AES-$1-GCM");
        List<String> words = new ArrayList<>();
        for (String t : s.split("_")) {
            words.add(token(t));
        }
        return String.join(" ", words).replace("ECDHE RSA", "ECDHE-RSA").replace("RSA 2048", "RSA-2048")
                .replace("RSA 3072", "RSA-3072").replace("P 256", "P-256");
    }

    private static String token(String t) {
        String spelled = SPELLING.get(t);
        if (spelled != null) {
            return spelled;
        }
        Matcher m = TLS.matcher(t);
        if (m.matches()) {
            return "TLS 1." + m.group(1);
        }
        m = KEY_SIZE.matcher(t);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2);
        }
        m = CURVE.matcher(t);
        if (m.matches()) {
            return "P-" + m.group(1);
        }
        return t;
    }

    /** "keyGenAndAgree" becomes "key gen and agree"; "tls13KeySchedule" "TLS 1.3 key schedule". */
    public static String method(String m) {
        String s = m.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return s.replaceAll("\\btls1([0-3])", "TLS 1.$1");
    }

    /** A recorded JMH timing for people ("1 fork: 4 x 1 s warmup, ..."), or the text as it is when it is not one. */
    public static String timing(String timing) {
        return Timing.parse(timing).map(Timing::describe).orElse(timing);
    }
}
