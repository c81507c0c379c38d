package app.agora.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot would otherwise pass
 * every link of every page ({@code @{…}} in a template) through the resource
 * chain, to put the webjar's version into {@code /webjars/…} links: for a link
 * that is not a static file (a thread, a page, the login page) that means
 * looking for it in the four static folders across every jar of the
 * application, which took half the CPU time of a thread page
 * (docs/BENCHMARKS.md, "Thread page"). Versionless {@code /webjars/…} addresses
 * are served just the same (the webjars locator resolves them when they are
 * asked for).
 */
@Configuration(proxyBeanMethods = false)
class PlainLinksConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
