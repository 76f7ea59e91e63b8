package dev.tlsbench.openssl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses what {@code openssl speed -mr} prints: its machine-readable lines, whose layout is stable
 * across OpenSSL 1.1 to 3.x. The lines read here:
 * <pre>
 *   +H:1350                                 the -bytes sizes of the cipher lines that follow
 *   +F:25:AES-128-GCM:2493229090.91         cipher index, name, bytes per second for each size
 *   +F2:2:2048:4604.54:74915.78             RSA: index, bits, sign/s, verify/s (3.2+ may add more)
 *   +F4:3:256:64906.25:22957.14             ECDSA: index, bits, sign/s, verify/s
 *   +F5:22:253:41586.20:0.000024            ECDH: index, bits, derive/s, seconds per derive
 *   +F6:0:253:Ed25519:42073.33:16184.21     EdDSA: index, bits, name, sign/s, verify/s
 * </pre>
 * Anything else (the +DT/+R progress lines) is ignored; a line of a known kind that does not have
 * its fields is an error, as is output without the line the caller asked for.
 */
public final class SpeedOutput {

    /** One rate read from a line: its kind (F, F2 ...), the numbers of its fixed fields, and the rates. */
    public record Line(String kind, int bits, String name, List<Double> rates) {
    }

    private SpeedOutput() {
    }

    /** Every result line of one output. */
    public static List<Line> parse(String output) {
        List<Line> lines = new ArrayList<>();
        for (String raw : output.split("\\R")) {
            String l = raw.trim();
            if (!l.startsWith("+F")) {
                continue;
            }
            String[] f = l.split(":");
            String kind = f[0].substring(1);
            try {
                switch (kind) {
                    case "F" -> {
                        need(l, f, 4);
                        lines.add(new Line(kind, 0, f[2], numbers(f, 3)));
                    }
                    case "F2", "F4", "F5" -> {
                        need(l, f, 5);
                        lines.add(new Line(kind, Integer.parseInt(f[2]), "", numbers(f, 3)));
                    }
                    case "F6" -> {
                        need(l, f, 6);
                        lines.add(new Line(kind, Integer.parseInt(f[2]), f[3], numbers(f, 4)));
                    }
                    default -> {
                        // +F3 (DSA), +F7/+F8 (SM2, KEMs in newer versions): not measured by the suite
                    }
                }
            } catch (NumberFormatException e) {
                throw new SpeedParseException("not a number in '" + l + "': " + e.getMessage());
            }
        }
        return lines;
    }

    /** The one line of {@code kind} (and bit size, when not 0) the output must have. */
    public static Line only(String output, String kind, int bits) {
        List<Line> found = parse(output).stream()
                .filter(l -> l.kind().equals(kind) && (bits == 0 || l.bits() == bits)).toList();
        if (found.size() != 1) {
            throw new SpeedParseException(found.isEmpty()
                    ? "no +" + kind + " line" + (bits == 0 ? "" : " for " + bits + " bits") + " in the output of openssl speed -mr"
                    : found.size() + " +" + kind + " lines where one was expected");
        }
        Line l = found.get(0);
        for (double r : l.rates()) {
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new SpeedParseException(String.format(Locale.ROOT, "+%s line with a rate that is not a positive number: %s", kind, l.rates()));
            }
        }
        return l;
    }

    private static void need(String line, String[] fields, int n) {
        if (fields.length < n) {
            throw new SpeedParseException("'" + line + "' has " + fields.length + " fields; at least " + n + " expected");
        }
    }

    private static List<Double> numbers(String[] f, int from) {
        List<Double> out = new ArrayList<>();
        for (int i = from; i < f.length; i++) {
            out.add(Double.parseDouble(f[i]));
        }
        return out;
    }
}
