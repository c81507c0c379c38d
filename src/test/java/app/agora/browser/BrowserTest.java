package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeReporter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Agora on a random port, driven by Debian's headless Chromium through
 * chromedriver. Run with {@code ./mvnw verify -Pbrowser}; screenshots land in
 * target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "agora.listening.tagging=true")
abstract class BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");
	static final Path AXE_REPORTS = Path.of("target", "axe");

	@LocalServerPort
	int port;

	ChromeDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws IOException {
		var options = new ChromeOptions();
		options.setBinary(env("AGORA_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=en-GB",
				"--user-data-dir=" + Files.createTempDirectory("agora-chromium"));
		var service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(env("AGORA_CHROMEDRIVER", "/usr/bin/chromedriver"))).usingAnyFreePort()
				.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	void signIn(String email) {
		open("/login");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Waits until the element reads the text, read afresh each time: after a form
	 * is sent, the old page's element of the same id may be found while that page
	 * goes away (Chrome then answers an inspector error rather than a stale
	 * element).
	 */
	void waitForText(By locator, String text) {
		wait.until(d -> {
			try {
				return text.equals(d.findElement(locator).getText());
			} catch (org.openqa.selenium.WebDriverException e) {
				return false;
			}
		});
	}

	/**
	 * Types a new thread's title and waits until the similar questions for it are
	 * answered: the list can push the rest of the form down when it arrives, and a
	 * click on the moving button would miss.
	 */
	void typeThreadTitle(String title) {
		waitFor(By.id("title")).sendKeys(title);
		wait.until(ExpectedConditions.attributeToBe(By.id("similar-questions"), "data-answered", title));
	}

	/**
	 * Turns off the browser's own form checks, so a journey reaches the server's
	 * checks and the message it puts beside the field (what a person gets whose
	 * browser lets the value through).
	 */
	void skipBrowserValidation(String formSelector) {
		browser.executeScript("document.querySelector(arguments[0]).noValidate = true;", formSelector);
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA rules) on the page in the browser and fails
	 * on any serious or critical violation; the whole report goes to
	 * target/axe/{name}.json.
	 */
	void assertAccessible(String name) throws IOException {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(browser);
		Files.createDirectories(AXE_REPORTS);
		Files.writeString(AXE_REPORTS.resolve(name + ".json"), AxeReporter.serialize(results));
		var blocking = results.getViolations().stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList())
				.toList();
		assertThat(blocking).as("axe-core on %s (%s)", name, browser.getCurrentUrl()).isEmpty();
	}

	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
