package app.agora.access.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password guesses: a few login attempts a minute per account name and
 * per client address. Past the limit the login page says to wait, without
 * checking the password at all.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private final int attemptsPerMinute;
	private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
			.expireAfterAccess(Duration.ofMinutes(10)).build();

	LoginThrottleFilter(int attemptsPerMinute) {
		this.attemptsPerMinute = attemptsPerMinute;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(SecurityConfiguration.pathOf(request)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = String.valueOf(request.getParameter("email")).strip().toLowerCase(Locale.ROOT);
		boolean allowed = bucket("account:" + email).tryConsume(1)
				& bucket("address:" + request.getRemoteAddr()).tryConsume(1);
		if (!allowed) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	private Bucket bucket(String key) {
		// A client address gets more room than one account: several people may share an
		// office's address.
		int capacity = key.startsWith("address:") ? attemptsPerMinute * 5 : attemptsPerMinute;
		return buckets.get(key,
				k -> Bucket.builder().addLimit(
						Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
						.build());
	}
}
