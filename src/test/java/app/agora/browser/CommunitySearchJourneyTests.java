package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor searches from the community page and finds a demo question with the
 * words marked; a member typing a question's title is shown the similar
 * question already asked.
 */
class CommunitySearchJourneyTests extends BrowserTest {

	private static final String HUTS = "Alta Via 1 in late September: are the huts still open?";

	@Test
	void aVisitorSearchesAndAMemberSeesASimilarQuestion() throws Exception {
		open("/community");
		waitFor(By.id("search-box-q")).sendKeys("huts September");
		browser.findElement(By.cssSelector("#search-box button[type=submit]")).click();
		waitFor(By.id("search-form"));
		// The index follows the demo's posts just after start; search again until it
		// has them.
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
			if (d.findElements(By.partialLinkText("are the huts still open")).isEmpty()) {
				d.navigate().refresh();
				return false;
			}
			return true;
		});
		WebElement hit = browser.findElement(By.cssSelector(".search-hit"));
		assertThat(hit.findElement(By.tagName("h2")).getText()).isEqualTo(HUTS);
		assertThat(hit.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("huts");
		screenshot("search-01-results");
		hit.findElement(By.partialLinkText("are the huts still open")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(HUTS);

		signIn("anne-marie@agora.demo");
		open("/community/dolomites-alps-treks/new");
		waitFor(By.id("title")).sendKeys("Are huts open in September?");
		WebElement suggestion = waitFor(By.cssSelector("#similar-questions a.similar-question"));
		assertThat(suggestion.getText()).isEqualTo(HUTS);
		screenshot("search-02-similar-question");
		suggestion.click();
		wait.until(ExpectedConditions.urlContains("/t/"));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(HUTS);
	}
}
