package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Paul (product lead) follows a space; Priya starts a thread there and mentions
 * him; Paul sees the unread count in the header, reads the notification, marks
 * all read and chooses a weekly email digest. (Paul keeps no quiet hours and
 * the demo's conversations did not fill his weekly community cap, as they do
 * for Anne-Marie, who wrote many of the threads; so the notice is never held
 * back.)
 */
class NotificationJourneyTests extends BrowserTest {

	@Test
	void aMemberFollowsIsMentionedAndReadsHerNotifications() throws Exception {
		signIn("product@agora.demo");
		open("/community/dolomites-alps-treks");
		waitFor(By.cssSelector("#follow-space button")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#follow-space button"), "Stop following this space"));
		open("/me/notifications");
		browser.findElement(By.cssSelector("#notifications")); // the list exists
		if (!browser.findElements(By.cssSelector("form[action='/me/notifications/read'] button")).isEmpty()) {
			browser.findElement(By.cssSelector("form[action='/me/notifications/read'] button")).click();
		}
		browser.manage().deleteAllCookies();

		signIn("prospect@agora.demo");
		open("/community/dolomites-alps-treks/new");
		waitFor(By.id("thread-form"));
		browser.findElement(By.cssSelector("#kind option[value='QUESTION']")).click();
		typeThreadTitle("Which huts take toddlers on the Alta Via?");
		browser.findElement(By.id("text")).sendKeys("@paul-product, you plan them: which huts take small children?");
		browser.findElement(By.cssSelector("#thread-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/t/"));
		waitFor(By.cssSelector("article.post .post-body a[href='/community/members/paul-product']")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Paul Product");
		assertThat(browser.findElement(By.id("handle")).getText()).isEqualTo("@paul-product");
		screenshot("notify-01-profile");
		browser.manage().deleteAllCookies();

		signIn("product@agora.demo");
		// the listener runs after the post's transaction: reload until the count shows
		wait.until(d -> {
			open("/community");
			return !d.findElements(By.id("nav-unread")).isEmpty();
		});
		screenshot("notify-02-unread-count");
		browser.findElement(By.cssSelector("a.nav-notifications")).click();
		waitFor(By.id("notifications"));
		assertThat(browser.findElement(By.id("notifications")).getText())
				.contains("Priya Natarajan mentioned you in \"Which huts take toddlers on the Alta Via?\"");
		screenshot("notify-03-list");
		browser.findElement(By.cssSelector("form[action='/me/notifications/read'] button")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-unread")));

		open("/me/community");
		waitFor(By.id("frequency-WEEKLY")).click();
		browser.findElement(By.cssSelector("#digest-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("saved"));
		assertThat(browser.findElement(By.id("frequency-WEEKLY")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("followed")).getText()).contains("Dolomites & Alps treks");
		screenshot("notify-04-settings");
	}
}
