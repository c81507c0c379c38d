package app.agora.federation.internal.connectors;

import app.agora.federation.spi.Connector;
import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.SourceDataException;
import app.agora.federation.spi.SourceDefinition;
import app.agora.federation.spi.SourceRecord;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a JSON API. A body larger than the limit is refused without being read
 * whole, and anything that is not the expected shape is reported, never guessed
 * at.
 */
class HttpJsonConnector implements Connector {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int DEFAULT_MAX_SCAN_PAGES = 1000;

	private final SourceDefinition source;
	private final String baseUrl;
	private final Map<String, String> headers;
	private final int maxBytes;
	private final int maxPages;
	private final CloseableHttpClient client;
	/** Compiled pointers and paths of the mapping (checked at startup). */
	private final Map<String, JsonLocation> locations = new java.util.concurrent.ConcurrentHashMap<>();

	HttpJsonConnector(SourceDefinition source) {
		this.source = source;
		this.baseUrl = source.settings().required("base-url");
		this.headers = source.settings().map("headers");
		this.maxBytes = source.settings().integer("max-bytes", 1024 * 1024);
		this.maxPages = source.settings().integer("max-pages", 10);
		this.client = client(source);
	}

	/**
	 * One client per source, so its connections are pooled and reused across views:
	 * blocking HTTP/1.1, which costs a view's virtual thread nothing while it waits
	 * and far less CPU per call than an asynchronous client. {@code connections}
	 * bounds how many calls to the source run at once (more wait for a free
	 * connection, within the source's timeout).
	 */
	private static CloseableHttpClient client(SourceDefinition source) {
		var timeout = Timeout.of(source.timeout());
		int connections = source.settings().integer("connections", 100);
		var pool = PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(connections)
				.setMaxConnPerRoute(connections)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).build()).build();
		return HttpClients.custom().setConnectionManager(pool)
				.setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout).build())
				.disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
				.disableContentCompression().build();
	}

	@Override
	public List<SourceRecord> fetch(Lookup lookup) throws IOException, InterruptedException {
		// Keyed by facet and record id, so that a record found both by key and by
		// email is shown once.
		var records = new LinkedHashMap<String, SourceRecord>();
		for (var facet : source.facets()) {
			for (String url : urls(facet.settings().required("url"), lookup)) {
				for (var record : pages(facet, url)) {
					records.putIfAbsent(facet.facet() + "\u0000" + record.recordId(), record);
				}
			}
		}
		return List.copyOf(records.values());
	}

	/**
	 * Reads the facet's {@code scan-url} and the pages its {@code next} links lead
	 * to, at most {@code max-scan-pages} of them.
	 */
	@Override
	public List<SourceRecord> scan(String facetName) throws IOException, InterruptedException {
		var facet = Rows.facet(source, facetName);
		String url = facet.settings().string("scan-url").orElseThrow(() -> new UnsupportedOperationException(
				"Facet " + facetName + " of source " + source.id() + " has no scan-url"));
		return pages(facet, url, source.settings().integer("max-scan-pages", DEFAULT_MAX_SCAN_PAGES), true);
	}

	private List<String> urls(String template, Lookup lookup) {
		var urls = new ArrayList<String>();
		if (template.contains("{key}")) {
			lookup.keys().stream().sorted().forEach(key -> urls.add(template.replace("{key}", encode(key))));
		}
		if (template.contains("{email}") && lookup.email() != null) {
			urls.add(template.replace("{email}", encode(lookup.email())));
		}
		if (template.contains("{phone}") && lookup.phone() != null) {
			urls.add(template.replace("{phone}", encode(lookup.phone())));
		}
		return urls;
	}

	private List<SourceRecord> pages(FacetMapping facet, String url) throws IOException, InterruptedException {
		return pages(facet, url, maxPages, false);
	}

	private List<SourceRecord> pages(FacetMapping facet, String url, int pageLimit, boolean scanning)
			throws IOException, InterruptedException {
		var records = new ArrayList<SourceRecord>();
		String next = url;
		for (int page = 0; next != null && page < pageLimit; page++) {
			JsonNode body = get(resolve(next), scanning);
			JsonNode items = facet.settings().string("records").map(r -> location(r).in(body)).orElse(body);
			if (!items.isArray()) {
				throw new SourceDataException("Facet " + facet.facet() + ": expected an array of records at '"
						+ facet.settings().string("records").orElse("") + "', got " + items.getNodeType());
			}
			for (JsonNode item : items) {
				if (!item.isObject()) {
					throw new SourceDataException(
							"Facet " + facet.facet() + ": expected a record object, got " + item.getNodeType());
				}
				records.add(Rows.toRecord(facet, field -> value(facet, item, field)));
			}
			next = facet.settings().string("next").map(n -> location(n).in(body)).filter(JsonNode::isString)
					.map(JsonNode::asString).filter(s -> !s.isBlank()).orElse(null);
		}
		return records;
	}

	private JsonLocation location(String expression) {
		return locations.computeIfAbsent(expression, JsonLocation::of);
	}

	private Object value(FacetMapping facet, JsonNode record, String field) {
		if (field == null) {
			return null;
		}
		var location = location(field);
		JsonNode node = location.in(record);
		// A wildcard or filter that found one value gives that value.
		if (location.findsMany() && node.isArray() && node.size() <= 1) {
			node = node.isEmpty() ? null : node.get(0);
		}
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isContainer()) {
			throw new SourceDataException(
					"Facet " + facet.facet() + ": field '" + field + "' holds " + node.getNodeType() + ", not a value");
		}
		if (node.isNumber()) {
			return node.numberValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node.asString();
	}

	private URI resolve(String url) {
		String full = url.startsWith("http://") || url.startsWith("https://") ? url : baseUrl + url;
		var uri = URI.create(full);
		// A next link must not lead the connector to another host.
		if (!full.startsWith(baseUrl)) {
			throw new SourceDataException("Refused to follow a link outside " + baseUrl);
		}
		return uri;
	}

	/**
	 * One page. A view's call has no timeout of its own: the source's guard waits
	 * for it until the source's timeout and then cancels it (interrupting the
	 * thread closes the connection); a scan, which has no guard, gets the timeout
	 * on the request.
	 */
	private JsonNode get(URI uri, boolean scanning) throws IOException {
		var request = new HttpGet(uri);
		request.addHeader("Accept", "application/json");
		if (scanning) {
			request.setConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.of(source.timeout()))
					.setResponseTimeout(Timeout.of(source.timeout())).build());
		}
		headers.forEach(request::addHeader);
		byte[] bytes = client.execute(request, response -> body(request, response, uri));
		try {
			return JSON.readTree(bytes);
		} catch (JacksonException e) {
			throw new SourceDataException("The answer from " + uri.getPath() + " is not JSON");
		}
	}

	/**
	 * The body of a 200 answer, read up to the limit: a longer one is refused as
	 * soon as it passes the limit, without being read whole (its connection is
	 * closed, not reused).
	 */
	private byte[] body(HttpGet request, ClassicHttpResponse response, URI uri) throws IOException {
		if (response.getCode() != 200) {
			throw new SourceDataException("HTTP " + response.getCode() + " from " + uri.getPath());
		}
		var entity = response.getEntity();
		if (entity == null) {
			throw new SourceDataException("An empty answer from " + uri.getPath());
		}
		long declared = entity.getContentLength();
		if (declared > maxBytes) {
			request.cancel();
			throw tooLarge(uri);
		}
		try (var in = entity.getContent()) {
			// A declared length is read as it is (the stream ends there); otherwise in
			// small pieces: a buffer of the limit's size for every call would be most
			// of what a view allocates.
			byte[] bytes = declared >= 0 ? in.readNBytes((int) declared) : readAtMost(in, request, uri);
			if (bytes.length == 0) {
				throw new SourceDataException("An empty answer from " + uri.getPath());
			}
			return bytes;
		}
	}

	private byte[] readAtMost(java.io.InputStream in, HttpGet request, URI uri) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream(1024);
		byte[] chunk = new byte[4096];
		int read;
		while ((read = in.read(chunk)) != -1) {
			if (bytes.size() + read > maxBytes) {
				// Closing the stream would read the rest first; dropping the
				// connection does not.
				request.cancel();
				throw tooLarge(uri);
			}
			bytes.write(chunk, 0, read);
		}
		return bytes.toByteArray();
	}

	private SourceDataException tooLarge(URI uri) {
		return new SourceDataException("The answer from " + uri.getPath() + " is larger than " + maxBytes + " bytes");
	}

	@Override
	public void close() {
		client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
	}

	/**
	 * Percent-encodes a value for a URL: plain ASCII letters, digits and
	 * {@code -._~} stay as they are; anything else is encoded as UTF-8.
	 */
	private static String encode(String value) {
		var encoded = new StringBuilder(value.length() + 16);
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				encoded.append((char) c);
			} else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return encoded.toString();
	}

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
