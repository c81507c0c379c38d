package app.agora.parties.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A party's id stays stable through merges: a page or API address naming an
 * absorbed party answers 301 (308 for writes, which keep their method) to the
 * same address under the survivor's id. Runs after security, so only those who
 * may see parties learn where one went; an id that never existed still gets the
 * usual 404.
 */
@Component
class AbsorbedPartyRedirects extends OncePerRequestFilter {

	private static final Pattern PARTY_PATH = Pattern.compile(
			"^(/parties/|/api/v1/parties/|/api/v1/customers/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

	private final PartyMerger merger;

	AbsorbedPartyRedirects(PartyMerger merger) {
		this.merger = merger;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		var matcher = PARTY_PATH.matcher(path);
		if (matcher.matches()) {
			var survivor = merger.redirectOf(UUID.fromString(matcher.group(2)));
			if (survivor.isPresent()) {
				String rest = matcher.group(3) == null ? "" : matcher.group(3);
				String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
				boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
				response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
				response.setHeader(HttpHeaders.LOCATION,
						request.getContextPath() + matcher.group(1) + survivor.get() + rest + query);
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
