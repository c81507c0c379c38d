package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ApiDocsJourneyTests extends BrowserTest {

	/**
	 * The browsable API description must work under the strict
	 * Content-Security-Policy.
	 */
	@Test
	void theApiDocumentationRendersInTheBrowser() throws Exception {
		open("/swagger-ui.html");
		assertThat(waitFor(By.cssSelector(".swagger-ui .info .title")).getText()).contains("Agora API");
		assertThat(waitFor(By.id("operations-tag-Parties")).getText()).contains("Parties");
		screenshot("08-api-docs");
	}
}
