package app.agora.community.internal.feeds;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What search engines read: {@code /robots.txt} pointing at
 * {@code /sitemap.xml}, which lists the community home, the public spaces and
 * their visible threads with their last change; past
 * {@code agora.community.sitemap.urls-per-file} addresses (50,000, the
 * protocol's limit) it becomes a sitemap index of {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}, …
 */
@Controller
class Sitemaps {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final FeedStore store;
	private final int perFile;

	Sitemaps(FeedStore store, @Value("${agora.community.sitemap.urls-per-file:50000}") int perFile) {
		this.store = store;
		this.perFile = perFile;
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok("""
				User-agent: *
				Disallow: /api/
				Disallow: /console/
				Disallow: /admin/
				Disallow: /community/search
				Sitemap: %s/sitemap.xml
				""".formatted(base()));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() throws XMLStreamException {
		long addresses = store.countPublicAddresses() + 1;
		if (addresses <= perFile) {
			return urls(1);
		}
		long files = (addresses + perFile - 1) / perFile;
		var out = new ByteArrayOutputStream();
		XMLStreamWriter xml = start(out, "sitemapindex");
		for (long i = 1; i <= files; i++) {
			xml.writeStartElement("sitemap");
			XmlText.element(xml, "loc", base() + "/sitemap-" + i + ".xml");
			xml.writeEndElement();
		}
		return end(xml, out);
	}

	@GetMapping("/sitemap-{file:\\d{1,9}}.xml")
	ResponseEntity<byte[]> sitemapFile(@PathVariable int file) throws XMLStreamException {
		long addresses = store.countPublicAddresses() + 1;
		if (file < 1 || (long) (file - 1) * perFile >= addresses) {
			return ResponseEntity.notFound().build();
		}
		return urls(file);
	}

	private ResponseEntity<byte[]> urls(int file) throws XMLStreamException {
		long first = (long) (file - 1) * perFile;
		var out = new ByteArrayOutputStream();
		XMLStreamWriter xml = start(out, "urlset");
		int limit = perFile;
		if (first == 0) {
			url(xml, "/community", null);
			limit--;
		}
		List<FeedStore.Address> page = store.publicAddresses(Math.max(0, first - 1), limit);
		for (FeedStore.Address address : page) {
			url(xml, address.path(), address.lastModified().toString());
		}
		return end(xml, out);
	}

	private static void url(XMLStreamWriter xml, String path, String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		XmlText.element(xml, "loc", base() + path);
		if (lastModified != null) {
			XmlText.element(xml, "lastmod", lastModified);
		}
		xml.writeEndElement();
	}

	private static XMLStreamWriter start(ByteArrayOutputStream out, String root) throws XMLStreamException {
		XMLStreamWriter xml = XmlText.writer(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NS);
		xml.writeStartElement(NS, root);
		xml.writeDefaultNamespace(NS);
		return xml;
	}

	private static ResponseEntity<byte[]> end(XMLStreamWriter xml, ByteArrayOutputStream out)
			throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(XML).body(out.toByteArray());
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
