package app.agora.community.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rendered thread pages for signed-out readers, kept in memory (gzipped) and
 * served without touching the database: the bulk of a community's traffic is
 * people and search engines reading without an account. Only a plain
 * {@code GET /community/{space}/t/{id}-{title}[?page=N]} answered 200 is kept,
 * per thread, page, address, origin (host, forwarded headers) and language; a
 * request that carries a session id, an {@code Authorization} header or any
 * other parameter is never served from here nor stored, since signing in (form
 * login with a session, or a bearer token) is the only way to be someone.
 * <p>
 * Runs before Spring Security: a kept page is answered with the response
 * headers (security headers included) of the rendering it was kept from, so
 * that a hit costs neither the security filters nor the database. A miss goes
 * through the whole chain. Pages are sent gzipped to readers who accept it and
 * unpacked for the others.
 * <p>
 * {@link ThreadPageEvictions} marks a thread changed when an event says so; its
 * kept pages are then stale, and a page rendered while its thread changed is
 * not kept, even if its rendering began before the change was committed. Every
 * page lives at most {@code agora.community.page-cache.ttl}.
 */
@Component
class ThreadPageCache extends OncePerRequestFilter implements Ordered {

	static final String HEADER = "X-Agora-Page-Cache";
	/** Spring Security's filter chain is at -100; the request context at -105. */
	static final int ORDER = -101;
	private static final Pattern THREAD_PAGE = Pattern
			.compile("/community/[a-z0-9-]{1,80}/t/(\\d{1,18})(?:-[a-z0-9-]{0,80})?");
	private static final Pattern PAGE = Pattern.compile("\\d{1,6}");
	/** Headers of a rendering that are not repeated when its page is served. */
	private static final Set<String> NOT_REPEATED = Set.of("set-cookie", "content-length", "content-type",
			"content-language", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive", "vary",
			HEADER.toLowerCase(Locale.ROOT));

	private final boolean enabled;
	private final Cache<Key, Page> pages;
	private final LocaleResolver locales;
	/** Counts changes; a page records the count it was rendered after. */
	private final AtomicLong changes = new AtomicLong();
	/** The count at each thread's last change, kept as long as a page lives. */
	private final Cache<Long, Long> changedAt;
	private volatile long everythingChangedAt;
	/** Turns for signed-out thread pages, in arrival order. */
	private final Semaphore turns;

	record Key(long threadId, String path, int page, String language, String origin) {
	}

	private record Header(String name, String value) {
	}

	private record Page(byte[] gzipped, int length, String contentType, String contentLanguage, List<Header> headers,
			long renderedAfter) {
	}

	ThreadPageCache(LocaleResolver locales, @Value("${agora.community.page-cache.enabled:true}") boolean enabled,
			@Value("${agora.community.page-cache.ttl:PT5M}") Duration ttl,
			@Value("${agora.community.page-cache.max-megabytes:128}") long maxMegabytes,
			@Value("${agora.community.page-cache.concurrency:0}") int concurrency) {
		this.locales = locales;
		this.turns = new Semaphore(concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors(),
				true);
		this.enabled = enabled;
		this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxMegabytes * 1024 * 1024)
				.<Key, Page>weigher((key, page) -> page.gzipped().length + 300).build();
		this.changedAt = Caffeine.newBuilder().expireAfterWrite(ttl.plusSeconds(1)).build();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = enabled ? keyOf(request) : null;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		turns.acquireUninterruptibly();
		try {
			serveOrRender(key, request, response, chain);
		} finally {
			turns.release();
		}
	}

	private void serveOrRender(Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Page kept = pages.getIfPresent(key);
		if (kept != null) {
			if (kept.renderedAfter() >= lastChangeOf(key.threadId())) {
				serve(kept, request, response);
				return;
			}
			pages.asMap().remove(key, kept);
		}
		long renderedAfter = changes.get();
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		var captured = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, captured);
			String type = captured.getContentType();
			if (captured.getStatus() == 200 && type != null && type.startsWith("text/html")
					&& !response.containsHeader(HttpHeaders.SET_COOKIE) && signedOut()
					&& lastChangeOf(key.threadId()) <= renderedAfter) {
				pages.put(key, keep(captured, response, renderedAfter));
			}
		} finally {
			captured.copyBodyToResponse();
		}
	}

	private static Page keep(ContentCachingResponseWrapper captured, HttpServletResponse response, long renderedAfter) {
		byte[] body = captured.getContentAsByteArray();
		List<Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new Header(name, value));
				}
			}
		}
		return new Page(gzip(body), body.length, captured.getContentType(),
				captured.getHeader(HttpHeaders.CONTENT_LANGUAGE), List.copyOf(headers), renderedAfter);
	}

	private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(200);
		for (Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HEADER, "hit");
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzipped().length);
			response.getOutputStream().write(page.gzipped());
		} else {
			response.setContentLength(page.length());
			try (var unpacked = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
				unpacked.transferTo(response.getOutputStream());
			}
		}
	}

	/** The key of a page that may be served from and kept in the cache, or null. */
	private Key keyOf(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || !signedOut()) {
			return null;
		}
		String path = request.getRequestURI();
		var thread = THREAD_PAGE.matcher(path);
		if (!thread.matches()) {
			return null;
		}
		var parameters = request.getParameterMap();
		int page = 1;
		if (!parameters.isEmpty()) {
			String[] asked = parameters.get("page");
			if (parameters.size() > 1 || asked == null || asked.length != 1 || !PAGE.matcher(asked[0]).matches()) {
				return null;
			}
			page = Integer.parseInt(asked[0]);
		}
		return new Key(Long.parseLong(thread.group(1)), path, page, locales.resolveLocale(request).getLanguage(),
				origin(request));
	}

	/**
	 * No one in the security context: always so before Spring Security's filters in
	 * a running server (a signed-in reader is recognised by the session id or the
	 * token checked above); a test may have put someone there.
	 */
	private static boolean signedOut() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	/** What the page's absolute links (the canonical one) are made from. */
	private static String origin(HttpServletRequest request) {
		return request.getScheme() + "://" + request.getHeader(HttpHeaders.HOST) + " "
				+ request.getHeader("X-Forwarded-Host") + " " + request.getHeader("X-Forwarded-Proto") + " "
				+ request.getHeader("Forwarded");
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		var accepted = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (accepted.hasMoreElements()) {
			for (String coding : accepted.nextElement().split(",")) {
				String[] parts = coding.trim().toLowerCase(Locale.ROOT).split(";");
				if (parts[0].trim().equals("gzip")) {
					return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
				}
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		var packed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (var out = new GZIPOutputStream(packed)) {
			out.write(body);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return packed.toByteArray();
	}

	private long lastChangeOf(long threadId) {
		Long changed = changedAt.getIfPresent(threadId);
		return Math.max(everythingChangedAt, changed == null ? 0 : changed);
	}

	/** The thread's kept pages are stale; pages being rendered now are not kept. */
	void evictThread(long threadId) {
		changedAt.asMap().merge(threadId, changes.incrementAndGet(), Math::max);
	}

	void evictAll() {
		everythingChangedAt = changes.incrementAndGet();
		pages.invalidateAll();
	}

	long size() {
		pages.cleanUp();
		return pages.estimatedSize();
	}
}
