package app.agora.access.internal;

import app.agora.access.AccountRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No inline scripts anywhere: htmx and the page scripts are files served from
	 * 'self'.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String[] PUBLIC_PATHS = {"/", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/robots.txt", "/sitemap.xml", "/sitemap-*.xml", "/you-said-we-did"};

	/**
	 * Public communities are read without an account (search engines included); the
	 * community checks members-only spaces itself and answers 404.
	 */
	private static final String[] COMMUNITY_READ_PATHS = {"/community", "/community/**", "/api/v1/community/**"};

	/** Any signed-in person may post through the community API. */
	private static final String[] COMMUNITY_WRITE_PATHS = {"/api/v1/community/spaces/*/threads",
			"/api/v1/community/spaces/*/threads/*/posts", "/api/v1/community/posts/*",
			// answers, ideas and likes: the service checks who may (asker, staff, voter)
			"/api/v1/community/spaces/*/threads/*/answer", "/api/v1/community/spaces/*/threads/*/votes",
			"/api/v1/community/spaces/*/threads/*/idea-status", "/api/v1/community/posts/*/likes",
			// trust and moderation: the service checks who may (flagger, moderator)
			"/api/v1/community/posts/*/flags", "/api/v1/community/moderation/**"};

	/**
	 * Product pages, the catalogue and the widget read without an account; reviews
	 * and owner questions need one (docs/community.md).
	 */
	private static final String[] PRODUCT_READ_PATHS = {"/products", "/products/**", "/api/v1/products",
			"/api/v1/products/**", "/api/v1/widget/**"};

	private static final String[] PRODUCT_WRITE_PATHS = {"/api/v1/community/reviews", "/api/v1/products/*/reviews/*",
			"/api/v1/products/*/questions"};

	private static final String[] ADMIN_PATHS = {"/actuator/**", "/admin/**", "/api/v1/accounts", "/api/v1/accounts/**",
			"/api/v1/linking/**"};

	private static final String[] STAFF_PATHS = {"/api/**", "/console/**", "/parties/**", "/imports/**", "/review",
			"/review/**", "/corrections", "/corrections/**", "/listening", "/listening/**"};

	@Bean
	SecurityFilterChain agoraSecurity(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
			@Value("${agora.security.login-attempts-per-minute:10}") int attemptsPerMinute) throws Exception {
		RequestMatcher api = request -> isApi(request) || pathOf(request).startsWith("/actuator/");
		http.authorizeHttpRequests(authorize -> {
			authorize.requestMatchers(PUBLIC_PATHS).permitAll();
			authorize.requestMatchers(HttpMethod.GET, COMMUNITY_READ_PATHS).permitAll();
			authorize.requestMatchers(COMMUNITY_WRITE_PATHS).authenticated();
			authorize.requestMatchers(HttpMethod.GET, PRODUCT_READ_PATHS).permitAll();
			authorize.requestMatchers(HttpMethod.OPTIONS, "/api/v1/widget/**").permitAll();
			authorize.requestMatchers(PRODUCT_WRITE_PATHS).authenticated();
			authorize.requestMatchers(ADMIN_PATHS).hasRole(AccountRole.ADMIN.name());
			authorize.requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated();
			authorize.requestMatchers(STAFF_PATHS).hasAuthority(AccountRole.STAFF_AUTHORITY);
			authorize.anyRequest().authenticated();
		}).formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/", true)
				.failureUrl("/login?error").permitAll()).logout(logout -> logout.logoutSuccessUrl("/login?logout"))
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
				// Token-signed API calls carry no cookie, so there is nothing to forge; session
				// calls keep CSRF.
				.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.frameOptions(frame -> frame.deny())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
				.exceptionHandling(errors -> errors
						.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
								request -> !api.matches(request))
						.defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(request, response,
								HttpStatus.UNAUTHORIZED, "Sign in or send a personal API token."), api)
						.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> !api.matches(request))
						.defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(request, response,
								HttpStatus.FORBIDDEN, "Your account may not do this."), api))
				.addFilterBefore(new LoginThrottleFilter(attemptsPerMinute), UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Argon2id for new hashes; bcrypt still understood, so hashes imported from
	 * elsewhere keep working.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	static boolean isApi(HttpServletRequest request) {
		return pathOf(request).startsWith("/api/");
	}

	/** The path within the application, whatever the servlet mapping. */
	static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
