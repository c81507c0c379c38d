package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer flags a post with a reason; a moderator finds it in the queue,
 * with the reason, and hides it; readers no longer see it.
 */
class ModerationJourneyTests extends BrowserTest {

	private static final String POST_TEXT = "that settles it: week 38 it is";

	@Test
	void aCustomerFlagsAPostAndAModeratorHidesIt() throws Exception {
		signIn("prospect@agora.demo");
		open("/community/dolomites-alps-treks");
		waitFor(By.partialLinkText("Alta Via 1 in late September")).click();
		WebElement post = postWith(POST_TEXT);
		String id = post.getAttribute("id").substring("post-".length());
		post.findElement(By.id("flag-" + id)).click();
		new Select(waitFor(By.id("flag-reason-" + id))).selectByValue("OFF_TOPIC");
		post.findElement(By.id("flag-note-" + id)).sendKeys("Nothing to do with the huts");
		screenshot("moderation-01-flag");
		post.findElement(By.cssSelector("form[action$='/flag'] button[type=submit]")).click();
		assertThat(waitFor(By.id("notice")).getText()).contains("moderators will look");

		browser.manage().deleteAllCookies();
		signIn("agent@agora.demo");
		open("/community/moderation");
		WebElement item = waitFor(By.id("item-" + id));
		assertThat(item.getText()).contains(POST_TEXT, "Off topic", "Nothing to do with the huts", "Priya Natarajan");
		screenshot("moderation-02-queue");
		item.findElement(By.id("hide-" + id)).click();
		assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Hidden.");
		assertThat(browser.findElements(By.id("item-" + id))).isEmpty();
		open("/community/moderation/log");
		assertThat(waitFor(By.id("log")).getText()).contains("Hid", "post " + id, "Sam Service");

		browser.manage().deleteAllCookies();
		open("/community/dolomites-alps-treks");
		waitFor(By.partialLinkText("Alta Via 1 in late September")).click();
		waitFor(By.cssSelector("article.post"));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(POST_TEXT);
		screenshot("moderation-03-hidden");
	}

	private WebElement postWith(String text) {
		waitFor(By.cssSelector("article.post"));
		return browser.findElements(By.cssSelector("article.post")).stream().filter(a -> a.getText().contains(text))
				.findFirst().orElseThrow();
	}
}
