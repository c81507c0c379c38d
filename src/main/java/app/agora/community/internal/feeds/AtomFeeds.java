package app.agora.community.internal.feeds;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Space;
import app.agora.community.ThreadKind;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of new threads: per space ({@code /community/{slug}/feed.atom},
 * optionally {@code ?kind=IDEA}), readable by whoever may read the space (a
 * members-only space is 404 signed out), and per kind across the public spaces
 * ({@code /community/feeds/idea.atom}). Written with the JDK's XML writer; the
 * content is the first post's sanitised HTML, escaped as Atom requires.
 */
@Controller
class AtomFeeds {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
	private static final String NS = "http://www.w3.org/2005/Atom";

	private final Community community;
	private final FeedStore store;
	private final Clock clock;

	AtomFeeds(Community community, FeedStore store, Optional<Clock> clock) {
		this.community = community;
		this.store = store;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping("/community/{slug}/feed.atom")
	ResponseEntity<byte[]> space(@AuthenticationPrincipal SignedInUser me, @PathVariable String slug,
			@RequestParam(required = false) String kind) throws XMLStreamException {
		Space space = community.space(slug, Participant.of(me).orElse(null));
		ThreadKind threadKind = kind == null || kind.isBlank() ? null : parseKind(kind);
		String title = space.name() + (threadKind == null ? "" : " · " + label(threadKind));
		String self = base() + "/community/" + space.slug() + "/feed.atom"
				+ (threadKind == null ? "" : "?kind=" + threadKind.name());
		return atom(title, space.description(), self, base() + "/community/" + space.slug(),
				store.newestInSpace(space.id(), threadKind));
	}

	@GetMapping("/community/feeds/{file}")
	ResponseEntity<byte[]> ofKind(@PathVariable String file) throws XMLStreamException {
		if (!file.endsWith(".atom")) {
			throw new CommunityNotFound("No feed '" + file + "'.");
		}
		ThreadKind kind;
		try {
			kind = ThreadKind.valueOf(file.substring(0, file.length() - ".atom".length()).toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new CommunityNotFound("No feed '" + file + "'.");
		}
		return atom(label(kind) + " · Agora", "", base() + "/community/feeds/" + file, base() + "/community",
				store.newestPublic(kind));
	}

	private ResponseEntity<byte[]> atom(String title, String subtitle, String self, String alternate,
			List<FeedEntry> entries) throws XMLStreamException {
		var out = new ByteArrayOutputStream();
		XMLStreamWriter xml = XmlText.writer(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NS);
		xml.writeStartElement(NS, "feed");
		xml.writeDefaultNamespace(NS);
		XmlText.element(xml, "id", self);
		XmlText.element(xml, "title", title);
		if (!subtitle.isBlank()) {
			XmlText.element(xml, "subtitle", subtitle);
		}
		Instant updated = entries.stream().map(FeedEntry::lastActivityAt).max(Instant::compareTo)
				.orElseGet(clock::instant);
		XmlText.element(xml, "updated", updated.toString());
		link(xml, "self", ATOM.getType() + "/" + ATOM.getSubtype(), self);
		link(xml, "alternate", "text/html", alternate);
		xml.writeStartElement("author");
		XmlText.element(xml, "name", "Agora");
		xml.writeEndElement();
		for (FeedEntry entry : entries) {
			String url = base() + entry.path();
			xml.writeStartElement("entry");
			XmlText.element(xml, "id", url);
			XmlText.element(xml, "title", entry.title());
			link(xml, "alternate", "text/html", url);
			XmlText.element(xml, "published", entry.createdAt().toString());
			XmlText.element(xml, "updated", entry.lastActivityAt().toString());
			xml.writeStartElement("author");
			XmlText.element(xml, "name", entry.authorName());
			xml.writeEndElement();
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", entry.kind().name());
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(XmlText.safe(entry.html()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).body(out.toByteArray());
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static ThreadKind parseKind(String kind) {
		try {
			return ThreadKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw CommunityRefused.invalid("kind", "search.error.kind",
					"Kind must be one of DISCUSSION, QUESTION, REVIEW, IDEA.");
		}
	}

	private static String label(ThreadKind kind) {
		String name = kind.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "s";
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
