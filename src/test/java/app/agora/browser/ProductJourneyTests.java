package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.support.ProductDemo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The buying journey on a product page: a customer who holds the product
 * reviews it and gets the verified-owner badge (a second review, sent from
 * another tab, is refused); a prospect asks the owners a question and sees it
 * on the page.
 */
@ProductDemo
class ProductJourneyTests extends BrowserTest {

	@Test
	void productPagesAreAccessible() throws Exception {
		open("/products");
		assertAccessible("products");
		open("/products/alta-via-1");
		assertAccessible("product-page");
		signIn("prospect@agora.demo");
		open("/products/annual-travel-insurance");
		assertAccessible("product-page-signed-in");
	}

	@Test
	void staffCatalogueIsAccessible() throws Exception {
		signIn("admin@agora.demo");
		open("/console/community/products");
		assertAccessible("console-products");
	}

	@Test
	void aVerifiedOwnerReviewsAProductOnce() throws Exception {
		signIn("dara@agora.demo");
		open("/products/corporate-account");
		waitFor(By.id("review-form"));
		String firstTab = browser.getWindowHandle();
		// The same page open in a second tab, before the review is sent.
		browser.switchTo().newWindow(WindowType.TAB);
		open("/products/corporate-account");
		waitFor(By.id("review-form"));
		String secondTab = browser.getWindowHandle();

		browser.switchTo().window(firstTab);
		browser.findElement(By.cssSelector("#review-form input[name=stars][value='5']")).click();
		browser.findElement(By.id("review-title")).sendKeys("One invoice per offsite, finally");
		browser.findElement(By.id("review-text")).sendKeys("Twelve people to Chamonix, **one** invoice.");
		browser.findElement(By.cssSelector("#review-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("#review-"));
		WebElement review = waitFor(By.cssSelector("article.review"));
		assertThat(review.getText()).contains("One invoice per offsite, finally", "Dara Okafor", "5 out of 5 stars");
		assertThat(review.findElement(By.cssSelector(".verified")).getText()).isEqualTo("Verified owner");
		assertThat(review.findElement(By.cssSelector(".post-body strong")).getText()).isEqualTo("one");
		assertThat(browser.findElements(By.id("review-form"))).isEmpty();
		assertThat(waitFor(By.id("already-reviewed")).getText()).contains("Edit your review");
		screenshot("products-01-verified-review");

		browser.switchTo().window(secondTab);
		browser.findElement(By.cssSelector("#review-form input[name=stars][value='1']")).click();
		browser.findElement(By.id("review-title")).sendKeys("Second thoughts");
		browser.findElement(By.id("review-text")).sendKeys("Trying again.");
		browser.findElement(By.cssSelector("#review-form button[type=submit]")).click();
		WebElement error = waitFor(By.id("stars-error"));
		assertThat(error.getText()).contains("already reviewed this product");
		List<WebElement> reviews = browser.findElements(By.cssSelector("article.review"));
		assertThat(reviews).hasSize(1);
		assertThat(reviews.getFirst().getText()).doesNotContain("Second thoughts");
		screenshot("products-02-second-review-refused");
	}

	@Test
	void aProspectAsksAnOwnerFromAProductPage() throws Exception {
		open("/products/annual-travel-insurance");
		assertThat(waitFor(By.id("ask")).getText()).contains("Sign in to ask an owner");
		assertThat(browser.findElement(By.id("rating-average")).getText()).contains("out of 5");

		signIn("prospect@agora.demo");
		open("/products/annual-travel-insurance");
		skipBrowserValidation("#ask-form");
		browser.findElement(By.cssSelector("#ask-form button[type=submit]")).click();
		assertThat(waitFor(By.id("question-title-error")).getText()).isEqualTo("Give the thread a title.");

		browser.findElement(By.id("question-title")).sendKeys("Does it cover cancelled huts?");
		browser.findElement(By.id("question-text"))
				.sendKeys("If a hut closes early because of snow, is the night refunded?");
		browser.findElement(By.cssSelector("#ask-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("#question-"));
		String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
		WebElement question = waitFor(By.id(anchor));
		assertThat(question.getText()).contains("Does it cover cancelled huts?", "Priya Natarajan", "Asked of owners",
				"is the night refunded?", "No answer yet.");
		screenshot("products-03-owner-question");
	}
}
