package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer asks, another answers, the asker accepts the answer and it shows
 * first; a customer votes on an idea once, and a second try (from a page opened
 * before the vote) is refused with a message.
 */
class AnswersJourneyTests extends BrowserTest {

	@Test
	void theAskerAcceptsAnAnswerWhichShowsFirst() throws Exception {
		signIn("dara@agora.demo");
		open("/community/gear-talk");
		waitFor(By.id("new-thread")).click();
		waitFor(By.id("thread-form"));
		browser.findElement(By.cssSelector("#kind option[value='QUESTION']")).click();
		typeThreadTitle("Which sleeping bag liner for the huts?");
		browser.findElement(By.id("text")).sendKeys("Silk, cotton or synthetic?");
		browser.findElement(By.cssSelector("#thread-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/t/"));
		String question = browser.getCurrentUrl();
		assertThat(waitFor(By.id("unsolved")).getText()).isEqualTo("No accepted answer yet");

		browser.manage().deleteAllCookies();
		signIn("anne-marie@agora.demo");
		browser.get(question);
		waitFor(By.id("text")).sendKeys("Ça dépend du refuge.");
		browser.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
		wait.until(d -> d.findElements(By.cssSelector("article.post")).size() == 2);
		waitFor(By.id("text")).sendKeys("Silk: **light**, and warm enough with the huts' blankets.");
		browser.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
		wait.until(d -> d.findElements(By.cssSelector("article.post")).size() == 3);
		String answer = browser.findElements(By.cssSelector("article.post")).get(2).getAttribute("id");
		assertThat(browser.findElements(By.cssSelector("[id^='accept-']"))).isEmpty();

		browser.manage().deleteAllCookies();
		signIn("dara@agora.demo");
		browser.get(question);
		waitFor(By.id("accept-" + answer.substring("post-".length()))).click();
		WebElement accepted = waitFor(By.id("accepted-answer"));
		assertThat(accepted.getText()).contains("Accepted answer", "Anne-Marie");
		assertThat(accepted.findElement(By.cssSelector(".post-body strong")).getText()).isEqualTo("light");
		assertThat(browser.findElement(By.id("accepted-link")).getAttribute("href")).endsWith("#" + answer);
		assertThat(browser.findElement(By.id("solved")).getText()).isEqualTo("Solved");
		// Shown first: right after the question, before the replies in their order.
		List<WebElement> blocks = browser.findElements(By.cssSelector("article.post, #accepted-answer"));
		assertThat(blocks.get(1).getAttribute("id")).isEqualTo("accepted-answer");
		assertThat(blocks.get(2).getText()).contains("Ça dépend du refuge.");
		screenshot("answers-01-accepted-first");

		open("/community/gear-talk");
		WebElement row = waitFor(By.partialLinkText("Which sleeping bag liner"))
				.findElement(By.xpath("./ancestor::tr"));
		assertThat(row.getText()).contains("Solved");
	}

	@Test
	void aCustomerVotesOnAnIdeaOnceAndASecondTryIsRefused() throws Exception {
		signIn("dara@agora.demo");
		open("/community/trekking-with-children");
		waitFor(By.partialLinkText("A shorter 3-day family trek")).click();
		assertThat(waitFor(By.id("votes")).getText()).isEqualTo("1 vote");
		String idea = browser.getCurrentUrl();
		String first = browser.getWindowHandle();
		// The same idea in a second tab, opened before the vote.
		browser.switchTo().newWindow(WindowType.TAB);
		browser.get(idea);
		String stale = browser.getWindowHandle();
		waitFor(By.id("vote"));

		browser.switchTo().window(first);
		browser.findElement(By.id("vote")).click();
		waitFor(By.id("withdraw-vote"));
		assertThat(browser.findElement(By.id("votes")).getText()).isEqualTo("2 votes");

		browser.switchTo().window(stale);
		browser.findElement(By.id("vote")).click();
		assertThat(waitFor(By.id("idea-error")).getText()).isEqualTo("You have already voted for this idea.");
		assertThat(browser.findElement(By.id("votes")).getText()).isEqualTo("2 votes");
		screenshot("answers-02-second-vote-refused");
	}
}
