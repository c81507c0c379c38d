package app.agora.community.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Atom feeds per space and per kind, the sitemap and robots.txt: well-formed
 * XML whatever people wrote, and nothing from a members-only space signed out.
 */
@AgoraTest
class FeedsAndSitemapTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	FeedStore store;

	private Document xml(MockHttpServletRequestBuilder request, String contentType) throws Exception {
		byte[] body = mvc.perform(request).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(contentType)).andReturn().getResponse()
				.getContentAsByteArray();
		return parse(body);
	}

	private static Document parse(byte[] body) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static List<String> texts(Document doc, String ns, String name) {
		NodeList nodes = doc.getElementsByTagNameNS(ns, name);
		var texts = new ArrayList<String>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	@Test
	void aPublicSpaceHasAnAtomFeedOfItsThreads() throws Exception {
		Document feed = xml(get("/community/dolomites-alps-treks/feed.atom"), "application/atom+xml");
		assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isGreaterThan(3);
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link", "content", "author")) {
				assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
			}
			assertThat(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent())
					.startsWith("http://localhost/community/dolomites-alps-treks/t/");
		}
		assertThat(texts(feed, ATOM, "title")).contains("Alta Via 1 in late September: are the huts still open?");
		assertThat(texts(feed, ATOM, "content")).anyMatch(html -> html.contains("<strong>Alta Via 1</strong>"));
	}

	@Test
	void aFeedOfOneKind() throws Exception {
		Document ideas = xml(get("/community/dolomites-alps-treks/feed.atom").param("kind", "IDEA"),
				"application/atom+xml");
		NodeList categories = ideas.getElementsByTagNameNS(ATOM, "category");
		assertThat(categories.getLength()).isPositive();
		for (int i = 0; i < categories.getLength(); i++) {
			assertThat(((Element) categories.item(i)).getAttribute("term")).isEqualTo("IDEA");
		}
		mvc.perform(get("/community/dolomites-alps-treks/feed.atom").param("kind", "POEM"))
				.andExpect(status().isBadRequest());

		Document questions = xml(get("/community/feeds/question.atom"), "application/atom+xml");
		List<String> ids = texts(questions, ATOM, "id");
		assertThat(ids).anyMatch(id -> id.contains("/community/trekking-with-children/t/"))
				.noneMatch(id -> id.contains("guides-corner"));
		mvc.perform(get("/community/feeds/poem.atom")).andExpect(status().isNotFound());
	}

	@Test
	void membersOnlyFeedsAreNotThereSignedOut() throws Exception {
		mvc.perform(get("/community/guides-corner/feed.atom")).andExpect(status().isNotFound());
		mvc.perform(get("/community/guides-corner/feed.atom").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		Document feed = xml(get("/community/guides-corner/feed.atom").with(users.as(DemoUsers.DARA)),
				"application/atom+xml");
		assertThat(texts(feed, ATOM, "title")).contains("Snow on the Col de la Seigne this June");
		Document ideas = xml(get("/community/feeds/idea.atom"), "application/atom+xml");
		assertThat(texts(ideas, ATOM, "title")).doesNotContain("A shared checklist for hut arrivals");
	}

	@Test
	void whateverIsWrittenTheFeedStaysWellFormed() throws Exception {
		String title = "Tags <b>&</b> \\\"quotes\\\" \\u0007bell";
		mvc.perform(
				post("/api/v1/community/spaces/gear-talk/threads").with(users.as(DemoUsers.ANNE_MARIE))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"DISCUSSION\",\"title\":\"" + title
								+ "\",\"text\":\"<script>alert(1)</script> ]]> end\"}"))
				.andExpect(status().isCreated());
		Document feed = xml(get("/community/gear-talk/feed.atom"), "application/atom+xml");
		assertThat(texts(feed, ATOM, "title")).contains("Tags <b>&</b> \"quotes\" bell");
		assertThat(texts(feed, ATOM, "content")).anyMatch(html -> html.contains("&lt;script&gt;alert(1)"));
	}

	@Test
	void theSpacePageAnnouncesItsFeed() throws Exception {
		mvc.perform(get("/community/gear-talk")).andExpect(status().isOk()).andExpect(content().string(containsString(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"http://localhost/community/gear-talk/feed.atom\"")));
	}

	@Test
	void theSitemapListsPublicSpacesAndThreadsWithTheirLastChange() throws Exception {
		Document sitemap = xml(get("/sitemap.xml"), "application/xml");
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		List<String> locations = texts(sitemap, SITEMAP, "loc");
		assertThat(locations).contains("http://localhost/community", "http://localhost/community/gear-talk")
				.anyMatch(loc -> loc.startsWith("http://localhost/community/dolomites-alps-treks/t/"))
				.noneMatch(loc -> loc.contains("guides-corner"));
		assertThat(texts(sitemap, SITEMAP, "lastmod")).hasSize(locations.size() - 1)
				.allMatch(date -> date.matches("\\d{4}-\\d{2}-\\d{2}T.*Z"));
		mvc.perform(get("/robots.txt")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Sitemap: http://localhost/sitemap.xml")));
	}

	@Test
	void aLongSitemapBecomesAnIndexOfFiles() throws Exception {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		try {
			var small = new Sitemaps(store, 5);
			long addresses = store.countPublicAddresses() + 1;
			Document index = parse(small.sitemap().getBody());
			assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
			List<String> files = texts(index, SITEMAP, "loc");
			assertThat(files).hasSize((int) ((addresses + 4) / 5)).first().isEqualTo("http://localhost/sitemap-1.xml");
			var all = new ArrayList<String>();
			for (int i = 1; i <= files.size(); i++) {
				List<String> urls = texts(parse(small.sitemapFile(i).getBody()), SITEMAP, "loc");
				assertThat(urls.size()).isBetween(1, 5);
				all.addAll(urls);
			}
			assertThat(all).hasSize((int) addresses).doesNotHaveDuplicates();
			assertThat(small.sitemapFile(files.size() + 1).getStatusCode().value()).isEqualTo(404);
		} finally {
			RequestContextHolder.resetRequestAttributes();
		}
		mvc.perform(get("/sitemap-1.xml")).andExpect(status().isOk());
		mvc.perform(get("/sitemap-99.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/community/spaces")).andExpect(jsonPath("$").isArray());
	}
}
