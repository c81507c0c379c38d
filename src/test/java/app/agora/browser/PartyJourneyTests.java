package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class PartyJourneyTests extends BrowserTest {

	@Test
	void staffSearchAPartyAndOpenIt() throws Exception {
		signIn("sales@agora.demo");
		open("/parties");
		var search = waitFor(By.id("party-q"));
		search.sendKeys("okafor");
		browser.findElement(By.cssSelector("#party-search button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("party-results"), "Dara Okafor"));
		assertThat(browser.findElement(By.id("party-results")).getText()).doesNotContain("Anne-Marie");
		screenshot("04-party-search");

		browser.findElement(By.linkText("Dara Okafor")).click();
		assertThat(waitFor(By.id("party-name")).getText()).isEqualTo("Dara Okafor");
		assertThat(browser.findElement(By.id("relationships")).getText()).contains("Northwind Consulting");
		screenshot("05-party-page");
	}

	@Test
	void staffCreateAPartyWithMessagesBesideBadFields() throws Exception {
		signIn("sales@agora.demo");
		open("/parties/new");
		waitFor(By.id("email")).sendKeys("not-an-email");
		browser.findElement(By.cssSelector("#party-form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("#party-form .field-error")).getText()).isNotBlank();
		screenshot("06-party-form-errors");

		browser.findElement(By.id("givenName")).sendKeys("Noémie");
		browser.findElement(By.id("familyName")).sendKeys("Rousseau");
		var email = browser.findElement(By.id("email"));
		email.clear();
		email.sendKeys("noemie@example.fr");
		new Select(browser.findElement(By.id("stage"))).selectByValue("PROSPECT");
		browser.findElement(By.cssSelector("#party-form button[type=submit]")).click();
		assertThat(waitFor(By.id("party-name")).getText()).isEqualTo("Noémie Rousseau");

		browser.findElement(By.id("lost-reason")).sendKeys("Chose a cheaper outfitter");
		new Select(browser.findElement(By.id("lost-competitor"))).selectByVisibleText("Summit Trails");
		browser.findElement(By.cssSelector("#lost-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("party-stage"), "Lost — in touch"));
		assertThat(browser.findElement(By.id("stage-history")).getText()).contains("Chose a cheaper outfitter")
				.contains("Summit Trails");
		screenshot("07-lost-in-touch");
	}
}
