package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Paul (product lead) logs what a customer said on the phone; an empty text is
 * refused beside the field; the item is tagged in the background (the
 * competitor it names, its sentiment and theme); he finds it in the inbox by
 * competitor, opens its theme and names it.
 */
class ListeningJourneyTests extends BrowserTest {

	@Test
	void aLeadLogsFeedbackFindsItTaggedInTheInboxAndNamesItsTheme() throws Exception {
		signIn("product@agora.demo");
		waitFor(By.id("nav-listening")).click();
		waitFor(By.id("inbox-filters"));
		assertAccessible("listening-inbox");

		open("/listening/new");
		waitFor(By.id("feedback-form")).findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(waitFor(By.id("text-error")).getText()).contains("no text");
		browser.findElement(By.id("text"))
				.sendKeys("On the phone: Summit Trails quoted much cheaper huts, we nearly lost her to them.");
		browser.findElement(By.id("channel")).sendKeys("phone");
		browser.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
		assertThat(waitFor(By.id("notice")).getText()).contains("tagged within seconds");
		String item = browser.getCurrentUrl().replaceFirst("\\?.*", "");
		// the tagging thread runs in the background: reload until the tags show
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
			d.get(item);
			return !d.findElements(By.id("item-competitors")).isEmpty();
		});
		assertThat(browser.findElement(By.id("item-competitors")).getText()).contains("Summit Trails");
		assertThat(browser.findElement(By.id("item-language")).getText()).isEqualTo("en");
		screenshot("listening-01-item");
		assertAccessible("listening-item");

		open("/listening");
		new Select(waitFor(By.id("filter-competitor"))).selectByVisibleText("Summit Trails");
		browser.findElement(By.cssSelector("#inbox-filters button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("competitor="));
		assertThat(browser.findElement(By.id("feedback-items")).getText()).contains("Summit Trails quoted");
		screenshot("listening-02-inbox");

		browser.findElement(By.partialLinkText("Summit Trails quoted")).click();
		waitFor(By.cssSelector("#item-theme a")).click();
		waitFor(By.id("rename-form"));
		var name = browser.findElement(By.id("name"));
		name.clear();
		name.sendKeys("Cheaper competitors");
		browser.findElement(By.cssSelector("#rename-form button[type=submit]")).click();
		assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Renamed.");
		assertThat(browser.findElement(By.id("theme-name")).getText()).isEqualTo("Cheaper competitors");
		screenshot("listening-03-theme");
		assertAccessible("listening-theme");
	}

	/**
	 * Paul lowers the theme rule to three customers; three customers' words on one
	 * thing raise a signal; he takes it, plans the fix with a note and publishes it
	 * on "You said, we did"; the dashboard draws the feedback.
	 */
	@Test
	void aSignalIsRaisedDecidedAndPublishedAndTheDashboardDrawsIt() throws Exception {
		signIn("product@agora.demo");
		open("/listening/rules");
		var customers = waitFor(By.cssSelector("#rule-form-THEME input[name=minCustomers]"));
		customers.clear();
		customers.sendKeys("0");
		skipBrowserValidation("#rule-form-THEME");
		browser.findElement(By.cssSelector("#rule-form-THEME button[type=submit]")).click();
		assertThat(waitFor(By.id("rule-error-THEME")).getText()).contains("at least 2 distinct customers");
		customers = browser.findElement(By.cssSelector("#rule-form-THEME input[name=minCustomers]"));
		customers.clear();
		customers.sendKeys("3");
		browser.findElement(By.cssSelector("#rule-form-THEME button[type=submit]")).click();
		assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Rule saved.");
		try {
			for (String[] said : new String[][]{{"Agnès", "The ski bus from the hotel never came, we waited an hour."},
					{"Bruno", "Our ski bus from the hotel did not show up, an hour lost in the cold."},
					{"Chen", "The hotel ski shuttle never turned up and we waited for an hour."}}) {
				open("/listening/new");
				waitFor(By.id("text")).sendKeys(said[1]);
				browser.findElement(By.id("authorName")).sendKeys(said[0]);
				browser.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
				waitFor(By.id("notice"));
			}
			new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
				d.get("http://localhost:" + port + "/listening/signals");
				return !d.findElements(By.cssSelector("#signals tbody tr")).isEmpty()
						&& d.findElement(By.id("signals")).getText().contains("3");
			});
			screenshot("listening-04-signals");
			assertAccessible("listening-signals");
			browser.findElement(By.cssSelector("#signals tbody tr td a")).click();
			assertThat(waitFor(By.id("evidence")).getText()).contains("ski bus");
			browser.findElement(By.cssSelector("#take-form button")).click();
			waitForText(By.id("signal-owner"), "Paul Product");
			new Select(browser.findElement(By.id("status"))).selectByValue("PLANNED");
			browser.findElement(By.cssSelector("#decide-form button[type=submit]")).click();
			assertThat(waitFor(By.id("note-error")).getText()).contains("Say what was decided");
			new Select(browser.findElement(By.id("status"))).selectByValue("PLANNED");
			browser.findElement(By.id("note")).sendKeys("From January the ski shuttle runs every 20 minutes.");
			browser.findElement(By.id("publish")).click();
			browser.findElement(By.cssSelector("#decide-form button[type=submit]")).click();
			waitForText(By.id("signal-status"), "Planned");
			screenshot("listening-05-signal");
			assertAccessible("listening-signal");

			browser.manage().deleteAllCookies();
			open("/you-said-we-did");
			assertThat(waitFor(By.tagName("main")).getText()).contains("every 20 minutes");
			screenshot("listening-06-you-said-we-did");
			assertAccessible("you-said-we-did");

			signIn("product@agora.demo");
			open("/listening/dashboard");
			waitFor(By.cssSelector("#volume-chart svg"));
			assertThat(browser.findElements(By.cssSelector("#volume-chart a.chart-point"))).isNotEmpty();
			screenshot("listening-07-dashboard");
			assertAccessible("listening-dashboard");
			String point = browser.findElements(By.cssSelector("#volume-chart a.chart-point")).getLast()
					.getDomAttribute("href");
			assertThat(point).startsWith("/listening?theme=");
			open(point);
			waitFor(By.id("feedback-items"));
		} finally {
			open("/listening/rules");
			customers = waitFor(By.cssSelector("#rule-form-THEME input[name=minCustomers]"));
			customers.clear();
			customers.sendKeys("5");
			browser.findElement(By.cssSelector("#rule-form-THEME button[type=submit]")).click();
		}
	}
}
