package app.agora.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The company's other systems, which Agora reads without copying: a billing
 * database, the support desk's CSV exports and the web shop's JSON API. They
 * are (re)built at every demo start and their places are published as
 * properties ({@code agora.demo.billing-url},
 * {@code agora.demo.support-folder}, {@code agora.demo.shop-url}) that the
 * demo's sources file refers to.
 */
@Component
@ConditionalOnBooleanProperty("agora.demo.enabled")
class DemoSystems implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DemoSystems.class);

	private final DemoShop shop;

	DemoSystems(ConfigurableEnvironment environment, @Value("${agora.data-dir}") String dataDir) throws IOException {
		Path root = Path.of(dataDir).toAbsolutePath().normalize();
		Files.createDirectories(root);
		String billingUrl = DemoBilling.create(root.resolve("billing"));
		Path support = DemoSupportDesk.export(root.resolve("support"));
		this.shop = DemoShop.start();
		environment.getPropertySources().addFirst(new MapPropertySource("demo-systems", Map.of("agora.demo.billing-url",
				billingUrl, "agora.demo.support-folder", support.toString(), "agora.demo.shop-url", shop.url())));
		log.info("Demo mode: billing database, support desk exports and web shop ({}) are ready.", shop.url());
	}

	@Override
	public void close() {
		shop.stop();
	}
}
