package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its chromedriver, with axe-core at hand. {@link #available()} says whether
 * this machine has both; the tests assume it, so without them they are skipped, never passed.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String AXE = axeSource();

    final WebDriver driver;
    final WebDriverWait wait;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * A fresh browser for a test, its profile under {@code data}. Chromium is a Debian package, not a Maven dependency:
     * on a developer machine without it the test is skipped. CI installs it and sets WEGWIJS_REQUIRE_BROWSER, so there
     * a missing browser fails the test instead.
     */
    static Browser forTest(Path data, String language) {
        if (System.getenv("WEGWIJS_REQUIRE_BROWSER") != null) {
            assertThat(available())
                    .as(
                            "WEGWIJS_REQUIRE_BROWSER is set (CI), so Debian's chromium and chromium-driver must be installed")
                    .isTrue();
        }
        assumeTrue(available(), "Debian's chromium and chromium-driver are not installed");
        return start(data.resolve("chromium-" + UUID.randomUUID()), language);
    }

    /** A fresh browser: its own profile, Dutch as its language unless {@code language} says otherwise. */
    static Browser start(Path profile, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        return new Browser(driver);
    }

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String html() {
        return driver.getPageSource();
    }

    void waitForUrlStartingWith(String prefix) {
        wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(prefix)));
    }

    void waitFor(By element) {
        wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** Runs axe-core on the page: no serious or critical violation of WCAG 2.1 A or AA. */
    @SuppressWarnings("unchecked")
    void assertAccessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(result => done(result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
        assertThat(violations).as("axe-core on " + url()).isEmpty();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page: the window grows to the page's height for it, then returns to its size. */
    void wholePageScreenshot(Path file) {
        Dimension before = driver.manage().window().getSize();
        long height =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
        screenshot(file);
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
