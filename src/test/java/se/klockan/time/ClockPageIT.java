package se.klockan.time;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The clock page in a real browser (Debian's Chromium, headless) against a server whose clock
 * runs 5 s ahead of the machine's: the page must find the visitor 5 s behind and say so.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClockPageIT {

	static final Duration SERVER_AHEAD = Duration.ofSeconds(5);

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@TestBean
	Clock clock;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	static Clock clock() {
		return Clock.offset(Clock.systemUTC(), SERVER_AHEAD);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void swedishVisitorFiveSecondsBehindIsToldSo() throws IOException {
		this.browser = browser("sv-SE");
		this.browser.get("http://localhost:" + this.port + "/");

		WebElement offset = awaitMeasurement();
		assertThat(Long.parseLong(offset.getDomAttribute("data-offset-ms"))).isCloseTo(-5000L, within(100L));
		assertThat(offset.getText()).startsWith("Din klocka går 5,0 s efter (± ");
		assertThat(offset.getDomAttribute("class")).isEqualTo("offset warn");
		assertThat(offset.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Klockan är");

		// The clock shows the server's time, not the device's.
		Instant shown = Instant.parse(this.browser.findElement(By.tagName("time")).getDomAttribute("datetime"));
		assertThat(Duration.between(this.clock.instant(), shown).abs()).isLessThan(Duration.ofMillis(1500));

		keepScreenshot("clock-page-sv.png");
		assertThat(severeBrowserLogs()).isEmpty();
	}

	@Test
	void englishVisitorReadsEnglish() {
		this.browser = browser("en-US");
		this.browser.get("http://localhost:" + this.port + "/?tz=Asia/Kathmandu");

		WebElement offset = awaitMeasurement();
		assertThat(offset.getText()).startsWith("Your clock is 5.0 s behind (± ");
		assertThat(this.browser.findElement(By.cssSelector(".zone")).getText()).isEqualTo("Asia/Kathmandu");
		assertThat(this.browser.findElement(By.tagName("time")).getDomAttribute("datetime")).endsWith("Z");
		assertThat(severeBrowserLogs()).isEmpty();
	}

	private WebElement awaitMeasurement() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> driver.findElements(By.cssSelector(".offset[data-offset-ms]"))
				.stream()
				.findFirst()
				.orElse(null));
	}

	private List<LogEntry> severeBrowserLogs() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

	private void keepScreenshot(String name) throws IOException {
		Path shot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
	}

	private static ChromeDriver browser(String language) {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver)").isExecutable();
		assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1000,700", "--lang=" + language, "--user-data-dir=" + temporaryProfile());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
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
