package se.klockan;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by its own chromedriver (no downloads). As a JUnit
 * condition ({@code @ExtendWith(Chromium.class)}): outside CI, a machine without them skips the
 * browser tests with one line saying how to get them; in CI ({@code CI=true}) they always run,
 * and fail if the browser is missing.
 */
public final class Chromium implements ExecutionCondition {

	static final Path BROWSER = Path.of(System.getProperty("klockan.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("klockan.chromedriver", "/usr/bin/chromedriver"));

	private static final AtomicBoolean told = new AtomicBoolean();

	/**
	 * Selenium warns, through java.util.logging, that it has no DevTools bindings for this
	 * Chromium's version: the tests use none. Held here, as the logging keeps loggers weakly.
	 */
	private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("true".equals(System.getenv("CI")) || isInstalled()) {
			return ConditionEvaluationResult.enabled("Chromium is here, or this is CI");
		}
		String reason = "Browser tests skipped: no " + BROWSER + " or " + DRIVER
				+ " here. To run them: apt-get install chromium chromium-driver";
		if (!told.getAndSet(true)) {
			System.out.println(reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	static boolean isInstalled() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	/** A new headless browser reading {@code language}, with a profile of its own, its console logged. */
	public static ChromeDriver open(String language) {
		if (!isInstalled()) {
			throw new IllegalStateException("No " + BROWSER + " or " + DRIVER
					+ " on this machine: apt-get install chromium chromium-driver");
		}
		SELENIUM.setLevel(Level.SEVERE);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1000,700", "--lang=" + language, "--user-data-dir=" + temporaryProfile());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** What the page logged as an error (a script's failure, a refused request): a page test wants none. */
	public static List<LogEntry> severeLogs(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

	/** Keeps what the browser shows as {@code target/name}, to look at. */
	public static void keepScreenshot(ChromeDriver browser, String name) throws IOException {
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
	}

	private static String temporaryProfile() {
		try {
			File profile = Files.createTempDirectory("klockan-chromium").toFile();
			profile.deleteOnExit();
			return profile.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
