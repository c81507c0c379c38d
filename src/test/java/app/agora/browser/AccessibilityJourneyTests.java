package app.agora.browser;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages a visitor, a customer and staff see pass axe-core's WCAG 2.1 A/AA
 * rules without a serious or critical violation (reports in target/axe); the
 * product pages are checked in {@link ProductJourneyTests}, where the demo has
 * its catalogue.
 */
class AccessibilityJourneyTests extends BrowserTest {

	@Test
	void communityPagesReadSignedOutAreAccessible() throws IOException {
		open("/");
		assertAccessible("home-visitor");
		open("/login");
		assertAccessible("login");
		open("/community");
		assertAccessible("community-spaces");
		open("/community/dolomites-alps-treks");
		assertAccessible("community-space");
		browser.findElement(By.cssSelector("main a[href*='/t/']")).click();
		waitFor(By.cssSelector("article"));
		assertAccessible("community-thread");
		open("/community/search?q=huts");
		assertAccessible("community-search");
		open("/community/members/dara-okafor");
		assertAccessible("member-profile");
	}

	@Test
	void communityPagesOfASignedInCustomerAreAccessible() throws IOException {
		signIn("dara@agora.demo");
		open("/community/gear-talk");
		assertAccessible("community-space-signed-in");
		open("/community/gear-talk/new");
		assertAccessible("community-new-thread");
		open("/community/guides-corner");
		browser.findElement(By.cssSelector("main a[href*='/t/']")).click();
		waitFor(By.cssSelector("article"));
		assertAccessible("community-thread-signed-in");
		open("/me/information");
		assertAccessible("my-information");
		open("/me/notifications");
		assertAccessible("my-notifications");
		open("/me/community");
		assertAccessible("my-community-settings");

	}

	@Test
	void staffPagesAreAccessible() throws IOException {
		signIn("admin@agora.demo");
		open("/console/community/spaces");
		assertAccessible("console-spaces");
		open("/community/moderation");
		assertAccessible("moderation-queue");
		open("/community/moderation/log");
		assertAccessible("moderation-log");
		open("/parties");
		assertAccessible("parties");
		open("/review");
		assertAccessible("review-queue");
		open("/admin/sources");
		assertAccessible("admin-sources");
	}
}
