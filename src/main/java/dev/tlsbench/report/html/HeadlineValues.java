package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.GateFlag;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the headline says a measured value: µs per handshake and handshakes per second per core for
 * the crypto of a handshake; handshakes per second per core for real handshakes; GB/s and cycles
 * per byte for records (at the clock the run measured, else the nominal one: {@code CycleClock}, whose
 * basis the table's caption names). One thread is one core: a score at more threads is divided by them.
 */
final class HeadlineValues {

    private HeadlineValues() {
    }

    /** The main number: "812 µs", "1 230 /s", "4.91 GB/s". */
    static String main(Question.Unit unit, CellOutcome c) {
        double perCore = c.score() / c.cell().threads();
        return switch (unit) {
            case HANDSHAKE -> Num.sig(1e6 / perCore) + " µs";
            case PER_SECOND -> Num.sig(perCore) + " /s";
            case RECORD -> Num.sig(gbps(c)) + " GB/s";
        };
    }

    /** The second number: "1 230 /s per core", "813 µs each", "0.43 cycles/B". */
    static String second(JvmRun run, Question.Unit unit, CellOutcome c) {
        double perCore = c.score() / c.cell().threads();
        return switch (unit) {
            case HANDSHAKE -> Num.sig(perCore) + " /s per core";
            case PER_SECOND -> Num.sig(1e6 / perCore) + " µs each";
            case RECORD -> run.env().cycleClock()
                    .map(k -> String.format(Locale.ROOT, "%s cycles/B", Num.sig(k.mhz() * 1e6 / (c.score() * bytes(c)))))
                    .orElse("clock unknown");
        };
    }

    static double gbps(CellOutcome c) {
        return c.score() * bytes(c) / 1e9;
    }

    private static double bytes(CellOutcome c) {
        return Num.number(c.param("size"));
    }

    /**
     * The evidence and correctness marks of a headline value: "~" not steady, "?" weak or "?±12%"
     * imprecise, "!" a gate finding that can matter in TLS, else "†" one that cannot.
     */
    static List<String> marks(CellOutcome c) {
        List<String> out = new ArrayList<>();
        if (!c.evidence().steady()) {
            out.add(ChartModel.MarkKind.NOT_STEADY.symbol());
        } else if (!c.evidence().weakness().isEmpty()) {
            // an imprecise value carries its width: "?±12%"
            out.add(ChartModel.MarkKind.WEAK.symbol() + (c.evidence().imprecise() ? c.evidence().width() : ""));
        }
        c.gateFlags().stream().map(GateFlag::severity).min(Comparator.naturalOrder())
                .ifPresent(worst -> out.add(ChartModel.MarkKind.of(worst).symbol()));
        return out;
    }

    /** The marks' explanation, for a tooltip. */
    static String why(CellOutcome c) {
        List<String> out = new ArrayList<>();
        if (!c.evidence().weakness().isEmpty()) {
            out.add(c.evidence().weakness());
        }
        c.gateFlags().forEach(g -> out.add(g.oneLine()));
        return String.join("; ", out);
    }
}
