package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor reads the community signed out; a member asks a question, replies
 * in Markdown and posts the usual XSS payloads, which show as harmless text.
 */
class CommunityJourneyTests extends BrowserTest {

	private static final String XSS = "<img src=x onerror=alert(1)> and [x](javascript:alert(1))";

	@Test
	void aVisitorReadsAndAMemberAsksAndReplies() throws Exception {
		open("/community");
		waitFor(By.linkText("Dolomites & Alps treks")).click();
		waitFor(By.id("threads"));
		screenshot("community-01-space");
		browser.findElement(By.partialLinkText("Alta Via 1 in late September")).click();
		WebElement firstPost = waitFor(By.cssSelector("article.post .post-body"));
		assertThat(firstPost.findElement(By.tagName("strong")).getText()).isEqualTo("Alta Via 1");
		assertThat(browser.findElements(By.id("reply-form"))).isEmpty();
		screenshot("community-02-thread-signed-out");

		signIn("anne-marie@agora.demo");
		open("/community/gear-talk");
		waitFor(By.id("new-thread")).click();
		waitFor(By.id("thread-form"));
		browser.findElement(By.cssSelector("#kind option[value='QUESTION']")).click();
		typeThreadTitle("Which gaiters for the GR20?");
		browser.findElement(By.id("text")).sendKeys("Short or **long** gaiters?");
		browser.findElement(By.cssSelector("#thread-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/t/"));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Which gaiters for the GR20?");

		browser.findElement(By.id("text")).sendKeys("Merci : **long**, see [this guide](https://example.com/gaiters).");
		browser.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
		wait.until(d -> d.findElements(By.cssSelector("article.post")).size() == 2);
		WebElement reply = browser.findElements(By.cssSelector("article.post .post-body")).get(1);
		assertThat(reply.findElement(By.tagName("strong")).getText()).isEqualTo("long");
		WebElement link = reply.findElement(By.tagName("a"));
		assertThat(link.getAttribute("href")).isEqualTo("https://example.com/gaiters");
		assertThat(link.getAttribute("rel")).contains("nofollow", "ugc", "noopener");

		waitFor(By.id("text")).sendKeys(XSS);
		browser.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
		wait.until(d -> d.findElements(By.cssSelector("article.post")).size() == 3);
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		WebElement payload = browser.findElements(By.cssSelector("article.post .post-body")).get(2);
		assertThat(payload.getText()).contains("<img src=x onerror=alert(1)>");
		assertThat(payload.findElements(By.tagName("img"))).isEmpty();
		List<WebElement> links = payload.findElements(By.tagName("a"));
		assertThat(links)
				.allSatisfy(a -> assertThat(String.valueOf(a.getAttribute("href"))).doesNotContain("javascript"));
		assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
		screenshot("community-03-xss-as-text");
		// Reload: still nothing runs.
		browser.navigate().refresh();
		waitFor(By.cssSelector("article.post"));
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}
}
