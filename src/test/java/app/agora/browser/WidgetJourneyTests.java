package app.agora.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.support.ProductDemo;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A shop on another origin embeds the product widget with the two-line snippet:
 * the block shows the rating and the reviews, and a review written as an XSS
 * payload shows as text and runs nothing.
 */
@ProductDemo
class WidgetJourneyTests extends BrowserTest {

	private static final int SHOP_PORT = freePort();
	private static HttpServer shop;
	private static volatile int agoraPort;

	private static final String XSS_TITLE = "<img src=x onerror=alert(1)> huts";
	private static final String XSS_TEXT = "<script>alert(2)</script> and <b onmouseover=alert(3)>bold</b>";

	@DynamicPropertySource
	static void shopOrigin(DynamicPropertyRegistry registry) {
		registry.add("agora.community.widget.allowed-origins", () -> "http://localhost:" + SHOP_PORT);
	}

	@BeforeAll
	static void openTheShop() throws IOException {
		shop = HttpServer.create(new InetSocketAddress("localhost", SHOP_PORT), 0);
		shop.createContext("/", exchange -> {
			String page = """
					<!DOCTYPE html><html lang="en"><head><title>Cordée shop</title></head><body>
					<h1>Alta Via 1</h1>
					<div id="alta" data-agora-product="alta-via-1"></div>
					<div id="insurance" data-agora-product="annual-travel-insurance"></div>
					<script src="http://localhost:%d/js/agora-widget.js" defer></script>
					</body></html>""".formatted(agoraPort);
			byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, bytes.length);
			try (var body = exchange.getResponseBody()) {
				body.write(bytes);
			}
		});
		shop.start();
	}

	@AfterAll
	static void closeTheShop() {
		shop.stop(0);
	}

	@Test
	void aShopPageShowsTheBlockAndCustomersWordsStayText() throws Exception {
		agoraPort = port;
		signIn("prospect@agora.demo");
		open("/products/alta-via-1");
		browser.findElement(By.cssSelector("#review-form input[name=stars][value='2']")).click();
		browser.findElement(By.id("review-title")).sendKeys(XSS_TITLE);
		browser.findElement(By.id("review-text")).sendKeys(XSS_TEXT);
		browser.findElement(By.cssSelector("#review-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("#review-"));

		browser.get("http://localhost:" + SHOP_PORT + "/");
		WebElement alta = wait.until(d -> d.findElement(By.cssSelector("#alta.agora-widget")));
		wait.until(d -> !alta.findElements(By.cssSelector(".agora-reviews li")).isEmpty());
		assertThat(alta.findElement(By.cssSelector(".agora-product a")).getText()).isEqualTo("Alta Via 1");
		assertThat(alta.findElement(By.cssSelector(".agora-rating")).getText()).contains("out of 5");
		WebElement newest = alta.findElements(By.cssSelector(".agora-reviews li")).getFirst();
		assertThat(newest.getText()).contains(XSS_TITLE, "<script>alert(2)</script>", "Priya Natarajan");
		assertThat(alta.findElements(By.tagName("img"))).isEmpty();
		assertThat(alta.findElements(By.tagName("script"))).isEmpty();
		assertThat(alta.findElements(By.tagName("b"))).isEmpty();
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

		WebElement insurance = wait.until(d -> d.findElement(By.cssSelector("#insurance.agora-widget")));
		assertThat(insurance.findElement(By.cssSelector(".agora-verified")).getText()).contains("Verified owner");
		assertThat(insurance.findElement(By.cssSelector(".agora-links a")).getAttribute("href"))
				.isEqualTo("http://localhost:" + port + "/products/annual-travel-insurance#reviews");
		screenshot("widget-01-shop-page");
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
