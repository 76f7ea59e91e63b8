package dev.tlsbench.report.format;

import java.util.Locale;

/**
 * How the report writes numbers: about three significant digits, units for people, never "64.00";
 * and how it reads an axis value as a number.
 */
public final class Num {

    private Num() {
    }

    /** 3 significant digits, thousands separated by a thin space: 12 300, 4.56, 0.0123. */
    public static String sig(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1000) {
            s = String.format(Locale.ROOT, "%,.0f", round3(v)).replace(',', '\u2009');
        } else if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.2f", v);
        } else if (a == 0) {
            s = "0";
        } else {
            s = String.format(Locale.ROOT, "%.3g", v);
        }
        return s;
    }

    private static double round3(double v) {
        if (v == 0) {
            return 0;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
        return Math.round(v / scale) * scale;
    }

    /** A tick label: 1, 20, 500, 1k, 20k, 1M ... (what a log axis shows at decades and 2, 5 steps). */
    public static String tick(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    /** A byte count as the record sizes are spoken of: 64, 1350, 16 KiB. */
    public static String bytes(double v) {
        long b = Math.round(v);
        if (b >= 1024 && b % 1024 == 0) {
            return b / 1024 + " KiB";
        }
        return String.valueOf(b);
    }

    /** A ratio: 1.23x, 0.456x. */
    public static String ratio(double r) {
        return (r >= 0.01 && r < 10 ? String.format(Locale.ROOT, "%.2f", r) : sig(r)) + "x";
    }

    /** A fraction as a percentage: 87%, 4.5%, 0.12%. */
    public static String percent(double f) {
        double p = 100 * f;
        return String.format(Locale.ROOT, p >= 10 ? "%.0f%%" : p >= 1 ? "%.1f%%" : "%.2f%%", p);
    }

    /** An axis value ("1350") as a number, NaN when it is not one (a constant's name). */
    public static double number(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
