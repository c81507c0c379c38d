package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class MyInformationJourneyTests extends BrowserTest {

	private static final String MESSAGE = "My travel insurance ended in October";

	@Test
	void aCustomerReportsAWrongFactAndFollowsItUntilStaffAnswer() throws Exception {
		signIn("anne-marie@agora.demo");
		waitFor(By.linkText("My information")).click();
		assertThat(waitFor(By.cssSelector("#info-products-held .headline")).getText())
				.isEqualTo("Annual multi-trip travel insurance, since 1 March 2025, until 28 February 2026");
		assertThat(browser.findElement(By.id("info-offers-received")).getText()).contains(
				"You accepted \u201cDolomites family treks: summer dates\u201d", "You declined \u201cGR20 in Corsica",
				"You did not answer \u201cSnowshoe weekend");
		assertThat(browser.findElement(By.cssSelector("#info-products-held .origin")).getText())
				.startsWith("From our billing system, as of 1 March 2025");
		screenshot("41-my-information");

		browser.findElement(By.cssSelector("#info-products-held details.wrong summary")).click();
		skipBrowserValidation("#correct-products-held-0");
		browser.findElement(By.cssSelector("#correct-products-held-0 button[type=submit]")).click();
		WebElement error = waitFor(By.cssSelector("#correct-products-held-0 .field-error"));
		assertThat(error.getText()).isEqualTo("Please say what is wrong.");
		assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("message");
		screenshot("42-my-information-error");

		browser.findElement(By.cssSelector("#correct-products-held-0 textarea[name=message]")).sendKeys(MESSAGE);
		browser.findElement(By.cssSelector("#correct-products-held-0 input[name=suggestedValue]"))
				.sendKeys("Ended on 31 October 2025");
		browser.findElement(By.cssSelector("#correct-products-held-0 button[type=submit]")).click();
		waitFor(By.id("reported"));
		assertThat(requestRow().findElement(By.className("status")).getText()).isEqualTo("Open");
		screenshot("43-my-information-reported");

		browser.manage().deleteAllCookies();
		signIn("agent@agora.demo");
		open("/corrections");
		waitFor(By.cssSelector("#queue-mine"));
		var row = browser.findElements(By.cssSelector("#queue-mine tbody tr")).stream()
				.filter(r -> r.getText().contains(MESSAGE)).findFirst().orElseThrow();
		row.findElement(By.cssSelector("td a")).click();
		assertThat(waitFor(By.id("request-message")).getText()).isEqualTo(MESSAGE);
		assertThat(browser.findElement(By.id("fact-snapshot")).getText())
				.contains("Annual multi-trip travel insurance");
		new Select(browser.findElement(By.id("answer-status"))).selectByValue("CORRECTED");
		browser.findElement(By.id("answer-reply")).sendKeys("Thank you, the contract now ends on 31 October 2025.");
		browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
		// the request page before the answer has a status too ("Open"): read it afresh
		// until the answered one is there
		waitForText(By.id("request-status"), "Corrected");
		screenshot("44-correction-answered");
		// The agent looks at her information before signing out.
		browser.findElement(By.cssSelector("#request-details a[href$='/view']")).click();
		waitFor(By.id("source-statuses"));

		browser.manage().deleteAllCookies();
		signIn("anne-marie@agora.demo");
		open("/me/information");
		WebElement answered = requestRow();
		assertThat(answered.findElement(By.className("status")).getText()).isEqualTo("Corrected");
		assertThat(answered.findElement(By.className("reply")).getText())
				.isEqualTo("Thank you, the contract now ends on 31 October 2025.");
		assertThat(browser.findElements(By.cssSelector("#who-looked tr.look td.who"))).extracting(WebElement::getText)
				.contains("Sam Service", "You");
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("corrections")));
		screenshot("45-my-information-answered");
	}

	private WebElement requestRow() {
		waitFor(By.id("correction-list"));
		return browser.findElements(By.cssSelector("#correction-list tbody tr")).stream()
				.filter(r -> r.getText().contains(MESSAGE)).findFirst().orElseThrow();
	}
}
