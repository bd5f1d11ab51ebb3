package org.industrykg.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, both from fixed paths so that Selenium
 * Manager never tries to download a browser or a driver (the machine is offline).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    /** Whether Chromium and its driver are installed here. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("kg-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void open(String url) {
        driver.get(url);
    }

    /** Runs JavaScript in the page and returns its value. */
    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs JavaScript that returns a promise, and waits for its value. */
    @SuppressWarnings("unchecked")
    <T> T await(String promiseExpression) {
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "Promise.resolve(" + promiseExpression + ").then(done, (e) => done('error: ' + e));");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until an element matching the selector is visible and returns it. */
    WebElement waitFor(String css) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until a JavaScript expression is truthy. */
    void waitUntil(String expression) {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!(" + expression + ")")));
    }

    /** Waits until the page has downloaded a file of that name, and returns it. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, PATIENCE).until(d -> Files.isRegularFile(file) && file.toFile().length() > 0
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves a screenshot of the window, e.g. to target/e2e-funds.png. */
    Path screenshot(Path file) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The browser's console errors so far (the page should have none). */
    List<String> severeLogs() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind does no harm
        }
    }
}
