package app.agora.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer agora_…}, and
 * refuses it when the token's scopes do not cover the HTTP method. Requests
 * without a bearer token pass through untouched (session login).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;
	private final ProblemWriter problems;

	BearerTokenFilter(ApiTokens tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
		var authenticated = tokens.authenticate(secret);
		if (authenticated.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "The API token is unknown, expired or revoked.");
			return;
		}
		var authentication = new ApiTokenAuthentication(authenticated.get().user(), authenticated.get().scopes());
		TokenScope needed = TokenScope.neededFor(request.getMethod());
		if (!authentication.allows(needed)) {
			problems.write(request, response, HttpStatus.FORBIDDEN,
					"This token lacks the '" + needed.value() + "' scope.");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		} finally {
			SecurityContextHolder.clearContext();
		}
	}
}
