package app.agora.parties.internal.importing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an import upload whose declared length is over the multipart limit
 * before anything reads it. Without this, the first filter that asks for a
 * request parameter (the CSRF check of the upload form, the language switch)
 * makes the server parse the body, fail on its size and answer 500. The API
 * gets a 413 problem; the form is shown again with the message beside the
 * field. Bodies without a declared length are still checked by the server as
 * they arrive, and the controllers answer that 413.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class UploadSizeGuard extends OncePerRequestFilter {

	static final String API_PATH = "/api/v1/imports/parties";
	static final String FORM_PATH = "/imports";

	private final long maxRequestSize;
	private final JsonMapper json;

	UploadSizeGuard(@Value("${spring.servlet.multipart.max-request-size:200MB}") DataSize maxRequestSize,
			JsonMapper json) {
		this.maxRequestSize = maxRequestSize.toBytes();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(API_PATH.equals(path) || FORM_PATH.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (maxRequestSize < 0 || request.getContentLengthLong() <= maxRequestSize) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().endsWith(API_PATH)) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The file is too large (at most " + maxRequestSize / (1024 * 1024) + " MB).");
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/imports/new?tooLarge");
	}
}
