package se.klockan.docs;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.klockan.Chromium;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs page in a real browser (Debian's Chromium, headless), under the app's own
 * Content-Security-Policy: the endpoints on the first screen at once, and an endpoint tried from
 * the page, its answer shown below it; in Swedish and in English.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class DocsPageIT {

	static final Instant NOW = Instant.parse("2027-03-28T01:30:00.25Z");

	@TestBean
	Clock clock;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void englishReaderSeesTheEndpointsAndTriesOne() throws IOException {
		this.browser = Chromium.open("en-GB");
		long started = System.nanoTime();
		this.browser.get("http://localhost:" + this.port + "/docs");
		long loadedMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Klockan's API");
		List<WebElement> endpoints = this.browser.findElements(By.cssSelector("nav.endpoints li"));
		assertThat(endpoints).hasSize(59);
		WebElement first = endpoints.get(0);
		assertThat(first.getText()).isEqualTo("GET / Hej, or the live clock page for browsers");
		assertThat(first.getRect().getY()).as("on the first screen").isLessThan(700);
		assertThat(loadedMs).as("loaded in ms").isLessThan(1000);

		WebElement operation = this.browser.findElement(By.id("getTimezone"));
		this.browser.executeScript("arguments[0].scrollIntoView()", operation);
		WebElement form = operation.findElement(By.cssSelector("form.try"));
		assertThat(form.findElement(By.name("area")).getDomProperty("value")).isEqualTo("Europe");
		form.findElement(By.name("location")).clear();
		form.findElement(By.name("location")).sendKeys("Stockholm");
		form.findElement(By.name("at")).sendKeys("2027-03-28T01:30:00Z");
		form.findElement(By.tagName("button")).click();

		WebElement answer = form.findElement(By.cssSelector("output pre"));
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> answer.getText().startsWith("200"));
		assertThat(form.findElement(By.cssSelector("output .request")).getText())
			.isEqualTo("GET /api/timezone/Europe/Stockholm?at=2027-03-28T01:30:00Z");
		assertThat(answer.getText()).startsWith("200 application/json\n\n{\n  \"abbreviation\": \"CEST\",")
			.contains("\"datetime\": \"2027-03-28T03:30:00.000000+02:00\"");
		Chromium.keepScreenshot(this.browser, "docs-page-en.png");
		assertThat(Chromium.severeLogs(this.browser)).isEmpty();
	}

	@Test
	void swedishReaderGetsItInSwedishAndTriesATextAnswer() throws IOException {
		this.browser = Chromium.open("sv-SE");
		this.browser.get("http://localhost:" + this.port + "/docs");

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Klockans API");
		assertThat(this.browser.findElement(By.cssSelector("#getTime .summary")).getText())
			.isEqualTo("Tiden i UTC, en zon eller en ort");
		assertThat(this.browser.findElement(By.cssSelector("#getTime .answers dd p")).getText()).isEqualTo("Tiden.");
		assertThat(this.browser.findElement(By.cssSelector("#getTime .summary + p")).getText())
			.startsWith("JSON (WorldTimeAPI:s objekt) om inte klientens Accept hellre vill ha text/plain");

		WebElement operation = this.browser.findElement(By.id("getTime"));
		this.browser.executeScript("arguments[0].scrollIntoView()", operation);
		WebElement form = operation.findElement(By.cssSelector("form.try"));
		form.findElement(By.name("tz")).sendKeys("Asia/Kathmandu");
		form.findElement(By.cssSelector("select[name=accept] option[value='text/plain']")).click();
		form.findElement(By.tagName("button")).click();

		WebElement answer = form.findElement(By.cssSelector("output pre"));
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> answer.getText().startsWith("200"));
		assertThat(answer.getText()).isEqualTo("200 text/plain;charset=UTF-8\n\n2027-03-28T07:15:00.250000+05:45");
		Chromium.keepScreenshot(this.browser, "docs-page-sv.png");
		assertThat(Chromium.severeLogs(this.browser)).isEmpty();
	}

}
