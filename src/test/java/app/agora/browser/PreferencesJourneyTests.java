package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class PreferencesJourneyTests extends BrowserTest {

	@Test
	void aCustomerChoosesHowTheyMayBeContacted() throws Exception {
		signIn("dara@agora.demo");
		open("/me/preferences");
		WebElement marketingByEmail = waitFor(By.cssSelector("input[name='granted'][value='EMAIL:MARKETING']"));
		screenshot("11-preferences");
		if (!marketingByEmail.isSelected()) {
			marketingByEmail.click();
		}
		WebElement marketingCap = browser.findElement(By.name("caps[MARKETING]"));
		marketingCap.clear();
		marketingCap.sendKeys("-3");
		skipBrowserValidation("#preferences-form");
		browser.findElement(By.cssSelector("#preferences-form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("#preferences-form .field-error")).getText()).isNotBlank();
		screenshot("12-preferences-error");

		marketingCap = browser.findElement(By.name("caps[MARKETING]"));
		marketingCap.clear();
		marketingCap.sendKeys("1");
		browser.findElement(By.cssSelector("#preferences-form button[type=submit]")).click();
		waitFor(By.cssSelector("p.notice"));
		open("/me/preferences");
		assertThat(waitFor(By.cssSelector("input[name='granted'][value='EMAIL:MARKETING']")).isSelected()).isTrue();
		assertThat(browser.findElement(By.name("caps[MARKETING]")).getAttribute("value")).isEqualTo("1");
		screenshot("13-preferences-saved");
	}
}
