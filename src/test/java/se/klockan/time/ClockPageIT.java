package se.klockan.time;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import se.klockan.Chromium;
import se.klockan.zone.Zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The clock page in a real browser (Debian's Chromium, headless) against a server whose clock
 * runs 5 s ahead of the machine's: the page must find the visitor 5 s behind and say so.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class ClockPageIT {

	static final Duration SERVER_AHEAD = Duration.ofSeconds(5);

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
		this.browser = Chromium.open("sv-SE");
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

		// A Swedish clock: 24 hours, two-digit hours (03:57:58, never 3:57:58).
		assertThat(this.browser.findElement(By.cssSelector(".clock")).getText()).matches("\\d\\d:\\d\\d:\\d\\d");
		Chromium.keepScreenshot(this.browser, "clock-page-sv.png");
		assertThat(Chromium.severeLogs(this.browser)).isEmpty();
	}

	@Test
	void englishVisitorReadsEnglish() throws IOException {
		this.browser = Chromium.open("en-US");
		this.browser.get("http://localhost:" + this.port + "/?tz=Asia/Kathmandu");

		WebElement offset = awaitMeasurement();
		assertThat(offset.getText()).startsWith("Your clock is 5.0 s behind (± ");
		assertThat(this.browser.findElement(By.cssSelector(".zone")).getText()).isEqualTo("Asia/Kathmandu");
		assertThat(this.browser.findElement(By.tagName("time")).getDomAttribute("datetime")).endsWith("Z");
		Chromium.keepScreenshot(this.browser, "clock-page-en.png");

		// Where it is three in the morning now, the clock reads 03:..:.., not 3:..:.. AM.
		int hour = this.clock.instant().atZone(ZoneOffset.UTC).getHour();
		int hoursEast = Math.floorMod(3 - hour + 12, 24) - 12;
		this.browser.get("http://localhost:" + this.port + "/?tz=Etc/GMT" + ((hoursEast <= 0) ? "%2B" : "-")
				+ Math.abs(hoursEast));
		assertThat(awaitMeasurement()).isNotNull();
		assertThat(this.browser.findElement(By.cssSelector(".clock")).getText()).matches("0[34]:\\d\\d:\\d\\d");
		assertThat(Chromium.severeLogs(this.browser)).isEmpty();
	}

	/**
	 * Cuba stays on -04 until November 2027 (tz 2026f), which Chromium 156's own tz data does not
	 * know (it says -05): the page keeps the shipped release, whatever the browser's.
	 */
	@Test
	void aNamedZonesClockKeepsTheShippedRelease() throws IOException {
		this.browser = Chromium.open("en-US");
		this.browser.get("http://localhost:" + this.port + "/?tz=America/Havana");
		assertThat(awaitMeasurement()).isNotNull();
		LocalTime shown = LocalTime.parse(this.browser.findElement(By.cssSelector(".clock")).getText());
		LocalTime expected = Zones.get("America/Havana").at(this.clock.instant()).toLocalTime();
		long apart = Math.abs(Duration.between(expected, shown).toSeconds());
		assertThat(Math.min(apart, 86_400 - apart)).as("%s shown, %s in tz %s", shown, expected, Zones.release())
			.isLessThanOrEqualTo(2);
		Chromium.keepScreenshot(this.browser, "clock-page-havana.png");
		assertThat(Chromium.severeLogs(this.browser)).isEmpty();
	}

	@Test
	void theSearchFieldShowsTheTimeInAPlace() throws IOException {
		this.browser = Chromium.open("sv-SE");
		this.browser.get("http://localhost:" + this.port + "/time");
		WebElement field = this.browser.findElement(By.id("place"));
		assertThat(this.browser.findElement(By.cssSelector("label[for=place]")).getText()).isEqualTo("Klockan i …");
		field.sendKeys("Гётеборг");
		this.browser.findElement(By.cssSelector(".search button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> !driver.findElements(By.cssSelector(".place")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).contains("/time?place=");
		assertThat(this.browser.findElement(By.cssSelector(".place")).getText()).isEqualTo("Göteborg, Sverige");
		assertThat(this.browser.findElement(By.cssSelector(".zone")).getText()).isEqualTo("Europe/Stockholm");
		assertThat(this.browser.findElement(By.id("place")).getDomProperty("value")).isEqualTo("Гётеборг");
		assertThat(this.browser.findElement(By.tagName("nav")).getText()).contains("GeoNames", "OpenStreetMap");
		assertThat(awaitMeasurement()).isNotNull();
		Chromium.keepScreenshot(this.browser, "clock-page-place.png");
		assertThat(Chromium.severeLogs(this.browser)).isEmpty();
	}

	private WebElement awaitMeasurement() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> driver.findElements(By.cssSelector(".offset[data-offset-ms]"))
				.stream()
				.findFirst()
				.orElse(null));
	}

}
