package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignInJourneyTests extends BrowserTest {

	@Test
	void staffSignInSeeTheConsoleAndSignOut() throws Exception {
		open("/login");
		screenshot("01-login");
		browser.findElement(By.id("email")).sendKeys("agent@agora.demo");
		browser.findElement(By.id("password")).sendKeys("wrong");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("p.error")).getText()).contains("Wrong email or password");

		signIn("agent@agora.demo");
		assertThat(browser.getCurrentUrl()).endsWith("/console");
		assertThat(waitFor(By.id("stage-counts")).getText()).contains("Lost — in touch");
		screenshot("02-staff-console");

		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		open("/console");
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void aCustomerSeesTheirHomeAndNoStaffPages() throws Exception {
		signIn("anne-marie@agora.demo");
		assertThat(browser.getCurrentUrl()).endsWith("/home");
		assertThat(waitFor(By.tagName("main")).getText()).contains("Anne-Marie Leclerc").contains("Lyon");
		screenshot("03-customer-home");
		open("/parties");
		assertThat(waitFor(By.tagName("h1")).getText()).contains("403");
	}

	@Test
	void theInterfaceSwitchesToFrench() throws Exception {
		signIn("sales@agora.demo");
		open("/parties?lang=fr");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Contacts");
		open("/console");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Console du personnel");
	}
}
