package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.federation.ReviewFixture;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDraft;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReviewQueueJourneyTests extends BrowserTest {

	@Autowired
	Parties parties;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgentRejectsOnePairAndAcceptsAnother() throws Exception {
		UUID party = parties.create(PartyDraft.person("Bérénice", "Journey", null, null, "Lyon", "FR"),
				LifecycleStage.CUSTOMER, "test").id();
		var fixture = new ReviewFixture(jdbc);
		UUID toReject = fixture.partyAndRecord(party, "Bérénice Journey", "billing", "JRN-REJ", "JOURNEY Bernard",
				0.58);
		UUID toAccept = fixture.partyAndRecord(party, "Bérénice Journey", "shop", "JRN-ACC", "Berenice Journey", 0.86);

		signIn("agent@agora.demo");
		open("/");
		waitFor(By.id("nav-review")).click();
		var list = waitFor(By.id("review-list"));
		assertThat(list.getText()).contains("JOURNEY Bernard").contains("Berenice Journey");
		screenshot("30-review-queue");

		browser.findElement(By.cssSelector("a[href$='/review/" + toReject + "']")).click();
		var records = waitFor(By.id("review-records"));
		assertThat(records.getText()).contains("Bérénice Journey").contains("JOURNEY Bernard").contains("billing")
				.contains("JRN-REJ");
		assertThat(browser.findElements(By.cssSelector("#review-records tr.agree"))).isNotEmpty();
		var explanation = browser.findElement(By.id("explanation-table"));
		assertThat(explanation.findElements(By.cssSelector("tr.comparison"))).hasSize(3);
		assertThat(explanation.findElements(By.cssSelector("tr.comparison th")).getFirst().getText())
				.isEqualTo("email");
		screenshot("31-review-side-by-side");

		skipBrowserValidation("#reject-form");
		browser.findElement(By.cssSelector("#reject-form button[type=submit]")).click();
		assertThat(waitFor(By.id("reject-error")).getText()).isNotBlank();
		screenshot("32-review-reason-required");
		browser.findElement(By.id("reject-reason")).sendKeys("Different first names and cities");
		browser.findElement(By.cssSelector("#reject-form button[type=submit]")).click();
		waitFor(By.id("review-decided-notice"));
		assertThat(browser.findElement(By.id("review-decision")).getText()).contains("agent@agora.demo");
		assertThat(browser.findElements(By.id("reject-form"))).isEmpty();

		open("/review");
		waitFor(By.cssSelector("a[href$='/review/" + toAccept + "']")).click();
		waitFor(By.id("accept-reason")).sendKeys("Same email, name without the accent");
		browser.findElement(By.cssSelector("#accept-form button[type=submit]")).click();
		waitFor(By.id("review-decided-notice"));
		screenshot("33-review-accepted");

		browser.findElement(By.cssSelector("#review-party a")).click();
		waitFor(By.id("party-records-link")).click();
		var linked = waitFor(By.id("records-table"));
		assertThat(linked.findElement(By.cssSelector("tr[data-record='shop:JRN-ACC']")).getText()).contains("Staff")
				.contains("agent@agora.demo");
		assertThat(linked.getText()).doesNotContain("JRN-REJ");
		assertThat(browser.findElement(By.id("decisions-table")).getText()).contains("Accepted").contains("Rejected");
		screenshot("34-party-records");
	}
}
