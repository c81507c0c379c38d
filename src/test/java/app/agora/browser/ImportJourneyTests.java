package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class ImportJourneyTests extends BrowserTest {

	@TempDir
	Path folder;

	@Test
	void staffImportACsvWatchTheProgressBarAndReadTheReport() throws Exception {
		Path csv = folder.resolve("travellers.csv");
		var lines = new StringBuilder("given_name,family_name,email,phone,city,country\n");
		int rows = 20_000;
		for (int i = 0; i < rows; i++) {
			lines.append("Traveller").append(i).append(",Browser,traveller").append(i)
					.append("@example.org,,Annecy,FR\n");
		}
		lines.append("Dara,Okafor,DARA@agora.demo,,Paris,FR\n"); // an existing customer: updated, not twinned
		lines.append(",,no-name@example.org,,,FR\n"); // rejected: no name
		Files.writeString(csv, lines);

		signIn("sales@agora.demo");
		open("/imports/new");
		skipBrowserValidation("#import-form");
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
		assertThat(waitFor(By.id("file-error")).getText()).isNotBlank();

		browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
		assertThat(waitFor(By.id("import-progress")).getTagName()).isEqualTo("progress");
		screenshot("09-import-progress");

		new WebDriverWait(browser, Duration.ofSeconds(120))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));
		assertThat(browser.findElement(By.id("import-created")).getText()).contains(String.valueOf(rows));
		assertThat(browser.findElement(By.id("import-updated")).getText()).contains("1");
		assertThat(browser.findElement(By.id("import-rejected")).getText()).contains("1");
		assertThat(browser.findElement(By.id("import-rejections")).getText()).contains(String.valueOf(rows + 3));
		screenshot("10-import-report");
	}
}
