package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class CustomerViewJourneyTests extends BrowserTest {

	@Test
	void anAgentReadsACustomersInformationWithWhereEachFactComesFrom() throws Exception {
		signIn("agent@agora.demo");
		open("/parties?q=Leclerc");
		waitFor(By.linkText("Anne-Marie Leclerc")).click();
		waitFor(By.id("customer-view-link")).click();
		assertThat(waitFor(By.id("view-title")).getText()).contains("Anne-Marie Leclerc");

		var statuses = browser.findElements(By.cssSelector("#source-statuses tbody tr"));
		assertThat(statuses).extracting(row -> row.getAttribute("data-source")).contains("agora", "billing", "support",
				"shop");
		assertThat(browser.findElement(By.cssSelector("#source-statuses tr[data-source='billing'] .pill")).getText())
				.isEqualTo("ok");
		assertThat(browser.findElements(By.id("partial-warning"))).isEmpty();

		var product = browser.findElement(By.cssSelector("#facet-products-held tr.fact"));
		assertThat(product.getText()).contains("Annual multi-trip travel insurance");
		assertThat(product.findElement(By.className("provenance-source")).getText()).isEqualTo("Billing");
		assertThat(product.findElement(By.className("provenance-key")).getText()).isEqualTo("K-302");
		assertThat(product.findElement(By.className("provenance-as-of")).getText()).startsWith("2025-03-01");
		assertThat(browser.findElement(By.cssSelector("#facet-offers-received")).getText())
				.contains("Dolomites family treks", "Web shop");
		screenshot("40-customer-information");
	}
}
