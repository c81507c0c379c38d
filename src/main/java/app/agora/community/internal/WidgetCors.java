package app.agora.community.internal;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin reads of the widget JSON only from the shop sites listed in
 * {@code agora.community.widget.allowed-origins}: they get
 * {@code Access-Control-Allow-Origin}, any other origin a 403 (no cookies
 * either way: the widget reads as a visitor).
 */
@Configuration(proxyBeanMethods = false)
class WidgetCors implements WebMvcConfigurer {

	private final List<String> origins;

	WidgetCors(Environment environment) {
		this.origins = Binder.get(environment)
				.bind("agora.community.widget.allowed-origins", Bindable.listOf(String.class)).orElse(List.of())
				.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/v1/widget/**").allowedOrigins(origins.toArray(String[]::new)).allowedMethods("GET")
				.allowCredentials(false).maxAge(3600);
	}
}
