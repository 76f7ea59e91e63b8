package dev.tlsbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the fixture run's index.html in headless Chromium: every chart image decodes (natural size
 * > 0, written into the page by its own render check) and the page logs no error. Skipped when
 * Chromium is not installed, unless REQUIRE_CHROMIUM=1 (as .ci/run sets), then it fails.
 */
class ReportRendersInChromiumTest {

    @TempDir
    Path tmp;

    @Test
    void everyChartRendersAndNothingIsLogged() throws Exception {
        String chromium = findChromium();
        Path out = PlotMain.run(Fixtures.run17(tmp).toString());
        int images = Files.readString(out.resolve("index.html")).split("<img ", -1).length - 1;
        assertTrue(images > 0);

        Path stderr = tmp.resolve("chromium.err");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + tmp.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=10000", "--dump-dom", out.resolve("index.html").toUri().toString())
                .redirectError(stderr.toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s");
        }
        String log = Files.readString(stderr);
        Matcher m = Pattern.compile("<div id=\"render-check\"([^>]*)>([^<]*)</div>").matcher(dom);
        assertTrue(m.find(), "no render check in the DOM; chromium exit " + p.exitValue() + ", stderr:\n" + log);
        assertEquals("images " + images + " broken 0 errors 0", m.group(2), "render check; stderr:\n" + log);
        List<String> consoleErrors = log.lines()
                .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains(":ERROR:") && l.contains("index.html"))
                .toList();
        assertEquals(List.of(), consoleErrors, "the page logged errors");
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
