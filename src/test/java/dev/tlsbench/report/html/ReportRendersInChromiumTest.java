package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.cli.PlotMain;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report of a real (trimmed smoke) run in headless Chromium: every chart image decodes
 * (the page's own render check), no error is logged, and a screenshot of the headline section is
 * saved to target/headline.png. Skipped when Chromium is not installed, unless REQUIRE_CHROMIUM=1
 * (as .ci/run sets), then it fails.
 */
class ReportRendersInChromiumTest {

    @TempDir
    Path tmp;

    @Test
    void everyChartRendersNothingIsLoggedAndTheHeadlineIsShot() throws Exception {
        String chromium = findChromium();
        Path out = PlotMain.run(Fixtures.smoke(tmp).toString());
        int images = Files.readString(out.resolve("index.html")).split("<img ", -1).length - 1;
        assertTrue(images > 10, images + " images");

        String page = out.resolve("index.html").toUri().toString();
        Process p = chromium(chromium, "dom", "--virtual-time-budget=20000", "--dump-dom", page);
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String log = finish(p, "dom");
        Matcher m = Pattern.compile("<div id=\"render-check\"([^>]*)>([^<]*)</div>").matcher(dom);
        assertTrue(m.find(), "no render check in the DOM; stderr:\n" + log);
        assertEquals("images " + images + " broken 0 errors 0", m.group(2), "render check; stderr:\n" + log);
        List<String> consoleErrors = log.lines()
                .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains(":ERROR:") && l.contains("index.html"))
                .toList();
        assertEquals(List.of(), consoleErrors, "the page logged errors");

        // the headline section, as a reader's first screens show it
        Path shot = Path.of("target", "headline.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Process s = chromium(chromium, "shot", "--window-size=1440,1500", "--hide-scrollbars", "--screenshot=" + shot, page);
        s.getInputStream().readAllBytes();
        finish(s, "shot");
        assertTrue(Files.size(shot) > 50_000, "a screenshot of the headline at " + shot);
    }

    /** Chromium headless on the report, with a fresh profile; {@code options} say what to do with the page. */
    private Process chromium(String chromium, String name, String... optionsThenReport) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + tmp.resolve("profile-" + name), "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(optionsThenReport));
        return new ProcessBuilder(cmd).redirectError(tmp.resolve(name + ".err").toFile()).start();
    }

    private String finish(Process p, String name) throws Exception {
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 180 s");
        }
        return Files.readString(tmp.resolve(name + ".err"));
    }

    private static String findChromium() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        String message = "chromium is not installed (Debian: apt-get install -y chromium): report rendering not checked";
        if ("1".equals(System.getenv("REQUIRE_CHROMIUM"))) {
            fail(message + ", and REQUIRE_CHROMIUM=1");
        }
        Assumptions.abort(message);
        return null;
    }
}
