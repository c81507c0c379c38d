package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class LinkingJourneyTests extends BrowserTest {

	@Test
	void anAdminRunsTheFirstLoadAndSeesTheLinksByMethod() throws Exception {
		signIn("admin@agora.demo");
		open("/admin/sources");
		browser.findElement(By.id("to-linking")).click();
		waitFor(By.id("linking-start"));
		screenshot("20-linking-before");

		browser.findElement(By.cssSelector("#linking-start button[type=submit]")).click();
		assertThat(waitFor(By.id("linking-notice")).getText()).isNotBlank();
		// The status part is polled while the run goes; it ends with the run completed
		// and the button back.
		new WebDriverWait(browser, Duration.ofSeconds(60))
				.until(driver -> driver.findElements(By.id("linking-start")).size() == 1
						&& driver.findElement(By.id("linking-runs")).getText().contains("Completed"));
		assertThat(browser.findElement(By.id("linking-links")).getText()).contains("billing", "support", "shop");
		assertThat(browser.findElement(By.id("linking-open-reviews")).getText()).isNotBlank();
		screenshot("21-linking-after");
	}
}
