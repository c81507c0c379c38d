package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The community's pages, signed out and signed in, through the real security
 * chain.
 */
@AgoraTest
class CommunityPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Community community;

	@Test
	void aVisitorWithoutAnAccountReadsPublicSpacesAndThreads() throws Exception {
		mvc.perform(get("/community")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Dolomites &amp; Alps treks")))
				.andExpect(content().string(not(containsString("Guides&#39; corner"))));
		mvc.perform(get("/community/dolomites-alps-treks")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Alta Via 1 in late September")));
		var thread = community.threads("dolomites-alps-treks", null, 1).threads().stream()
				.filter(t -> t.title().startsWith("Alta Via 1 in late")).findFirst().orElseThrow();
		mvc.perform(get(thread.path())).andExpect(status().isOk())
				.andExpect(content().string(containsString("<strong>Alta Via 1</strong>")))
				.andExpect(content().string(containsString("rel=\"canonical\"")))
				.andExpect(content().string(containsString("http://localhost" + thread.path())));
		// Another title slug or none leads to the canonical address.
		mvc.perform(get("/community/dolomites-alps-treks/t/" + thread.id())).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(thread.path()));
		mvc.perform(get("/community/no-such-space")).andExpect(status().isNotFound());
		mvc.perform(get("/community/dolomites-alps-treks/t/999999-nothing")).andExpect(status().isNotFound());
	}

	@Test
	void aMembersOnlySpaceIsNotFoundForOutsiders() throws Exception {
		mvc.perform(get("/community/guides-corner")).andExpect(status().isNotFound());
		mvc.perform(get("/community/guides-corner").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/community/guides-corner").with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Snow on the Col de la Seigne")));
		mvc.perform(get("/community/guides-corner").with(users.as(DemoUsers.AGENT))).andExpect(status().isOk());
		mvc.perform(get("/community").with(users.as(DemoUsers.DARA)))
				.andExpect(content().string(containsString("Guides&#39; corner")));
	}

	@Test
	void postingNeedsAnAccountAndMembership() throws Exception {
		mvc.perform(post("/community/gear-talk/new").with(csrf()).param("kind", "QUESTION").param("title", "Hi")
				.param("text", "Anyone?")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/community/guides-corner/new").with(users.as(DemoUsers.PROSPECT)).param("kind", "QUESTION")
				.param("title", "Let me in").param("text", "Please")).andExpect(status().isForbidden());
		long before = community.threads("gear-talk", null, 1).total();
		mvc.perform(post("/community/gear-talk/new").with(users.as(DemoUsers.PROSPECT)).param("kind", "QUESTION")
				.param("title", "Gaiters in July?").param("text", "Are *gaiters* worth it in July?"))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/community/gear-talk/t/*"));
		assertThat(community.threads("gear-talk", null, 1).total()).isEqualTo(before + 1);
	}

	@Test
	void anEmptyTitleAndAnOverLongPostAreRefusedBesideTheirFields() throws Exception {
		long before = community.threads("gear-talk", null, 1).total();
		mvc.perform(post("/community/gear-talk/new").with(users.as(DemoUsers.DARA)).param("kind", "DISCUSSION")
				.param("title", "  ").param("text", "Some text")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"title-error\"")))
				.andExpect(content().string(containsString("Give the thread a title.")));
		mvc.perform(post("/community/gear-talk/new").with(users.as(DemoUsers.DARA)).param("kind", "DISCUSSION")
				.param("title", "Long").param("text", "x".repeat(20_001))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"text-error\"")))
				.andExpect(content().string(containsString("at most 20,000 characters")));
		mvc.perform(post("/community/gear-talk/new").with(users.as(DemoUsers.DARA)).param("kind", "DISCUSSION")
				.param("title", "t".repeat(201)).param("text", "ok")).andExpect(status().isOk())
				.andExpect(content().string(containsString("at most 200 characters")));
		assertThat(community.threads("gear-talk", null, 1).total()).isEqualTo(before);
	}

	@Test
	void aLockedThreadRefusesRepliesWithAClearMessage() throws Exception {
		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Poles or no poles", null, "Discuss."),
				users.participant(DemoUsers.DARA));
		community.lock("gear-talk", thread.id(), true, users.participant(DemoUsers.AGENT));
		mvc.perform(post("/community/gear-talk/t/" + thread.id() + "/reply").with(users.as(DemoUsers.ANNE_MARIE))
				.param("text", "Poles!")).andExpect(status().isOk())
				.andExpect(content().string(containsString("This thread is locked")));
		assertThat(community.thread("gear-talk", thread.id(), null, 1).posts()).hasSize(1);
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(content().string(containsString("id=\"locked\"")));
	}

	@Test
	void markdownIsRenderedAndScriptsHandlersAndJavascriptLinksAreStripped() throws Exception {
		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.QUESTION, "Markdown check", null, "First"),
				users.participant(DemoUsers.DARA));
		String payload = """
				**bold** and *soft*

				<img src=x onerror=alert(1)> <script>alert(2)</script>

				[x](javascript:alert(3)) [site](https://example.com/a) <a href="javascript:alert(4)">y</a>
				""";
		mvc.perform(post("/community/gear-talk/t/" + thread.id() + "/reply").with(users.as(DemoUsers.ANNE_MARIE))
				.param("text", payload)).andExpect(status().is3xxRedirection());
		var posts = community.thread("gear-talk", thread.id(), null, 1).posts();
		String html = posts.get(1).html();
		assertThat(html).contains("<strong>bold</strong>", "<em>soft</em>", "&lt;img", "href=\"https://example.com/a\"",
				"nofollow", "ugc", "noopener");
		assertThat(html).containsPattern("<a href=\"https://example.com/a\" rel=\"[a-z ]+\">site</a>");
		// Raw HTML shows as text; the Markdown javascript: link keeps its text, not its
		// target.
		assertThat(html).doesNotContain("<img", "<script", "href=\"javascript", "href=\"\"");
		assertThat(posts.get(1).source()).isEqualTo(payload.strip());
		mvc.perform(get(thread.path())).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<img src"))))
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(not(containsString("href=\"javascript"))));
	}

	@Test
	void anAuthorEditsTheirPostAndThePreviousVersionIsKept() throws Exception {
		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Socks", null, "Wool socks are best."),
				users.participant(DemoUsers.DARA));
		var first = community.thread("gear-talk", thread.id(), null, 1).posts().getFirst();
		mvc.perform(post("/community/posts/" + first.id() + "/edit").with(users.as(DemoUsers.ANNE_MARIE))
				.param("text", "Hijacked").param("version", "0")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Only the author may edit this post.")));
		mvc.perform(post("/community/posts/" + first.id() + "/edit").with(users.as(DemoUsers.DARA))
				.param("text", "Merino socks are best.").param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/community/posts/" + first.id() + "/edit").with(users.as(DemoUsers.DARA))
				.param("text", "Stale").param("version", "0")).andExpect(status().isOk())
				.andExpect(content().string(containsString("edited meanwhile")));
		var revisions = community.revisions(first.id(), null);
		assertThat(revisions).singleElement().satisfies(r -> {
			assertThat(r.source()).isEqualTo("Wool socks are best.");
			assertThat(r.version()).isZero();
		});
		assertThat(community.post(first.id(), null).source()).isEqualTo("Merino socks are best.");
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("class=\"edited\"")))
				.andExpect(content().string(containsString("Merino socks are best.")));
		mvc.perform(get("/community/posts/" + first.id() + "/edit").with(users.as(DemoUsers.DARA)))
				.andExpect(content().string(containsString("Wool socks are best.")));
	}

	@Test
	void aReplyQuotesAnotherPost() throws Exception {
		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Headlamps", null, "Get one with a red light."),
				users.participant(DemoUsers.DARA));
		var first = community.thread("gear-talk", thread.id(), null, 1).posts().getFirst();
		mvc.perform(post("/community/gear-talk/t/" + thread.id() + "/reply").with(users.as(DemoUsers.ANNE_MARIE))
				.param("text", "Agreed.").param("quote", String.valueOf(first.id())))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("class=\"quote\"")))
				.andExpect(content().string(containsString("href=\"#post-" + first.id() + "\"")))
				.andExpect(content().string(containsString("Dara Okafor wrote:")));
	}

	@Test
	void staffCreateAndEditSpacesMembersMayNot() throws Exception {
		mvc.perform(get("/console/community/spaces").with(users.as(DemoUsers.DARA))).andExpect(status().isForbidden());
		mvc.perform(post("/console/community/spaces/new").with(users.as(DemoUsers.AGENT)).param("name", "")
				.param("visibility", "PUBLIC")).andExpect(status().isOk())
				.andExpect(content().string(containsString("A space needs a name")));
		mvc.perform(post("/console/community/spaces/new").with(users.as(DemoUsers.AGENT)).param("name", "Via ferrata")
				.param("slug", "").param("description", "Cables and ladders").param("visibility", "MEMBERS_ONLY")
				.param("members", "dara@agora.demo\nnobody@nowhere.example")).andExpect(status().isOk())
				.andExpect(content().string(containsString("nobody@nowhere.example")));
		mvc.perform(post("/console/community/spaces/new").with(users.as(DemoUsers.AGENT)).param("name", "Via ferrata")
				.param("slug", "").param("description", "Cables and ladders").param("visibility", "MEMBERS_ONLY")
				.param("members", "dara@agora.demo")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/community/via-ferrata").with(users.as(DemoUsers.DARA))).andExpect(status().isOk());
		mvc.perform(get("/community/via-ferrata").with(users.as(DemoUsers.PROSPECT))).andExpect(status().isNotFound());
		mvc.perform(get("/console/community/spaces/via-ferrata/edit").with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("dara@agora.demo")));
		mvc.perform(post("/console/community/spaces/via-ferrata/edit").with(users.as(DemoUsers.AGENT))
				.param("name", "Via ferrata").param("slug", "via-ferrata").param("description", "Now public")
				.param("visibility", "PUBLIC")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/community/via-ferrata")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Now public")));
	}

	@Test
	void everyoneSeesCommunityInTheNavigationInFrenchToo() throws Exception {
		mvc.perform(get("/community").param("lang", "fr")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"nav-community\"")))
				.andExpect(content().string(containsString("Communauté")));
		mvc.perform(get("/home").with(users.as(DemoUsers.DARA)))
				.andExpect(content().string(containsString("id=\"nav-community\"")));
	}

	@Test
	void aThreadShowsTwentyPostsAPageInOrder() throws Exception {
		var dara = users.participant(DemoUsers.DARA);
		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Counting posts", null, "Post number 1"), dara);
		for (int i = 2; i <= 25; i++) {
			community.reply("gear-talk", thread.id(), "Post number " + i, null, dara);
		}
		var first = community.thread("gear-talk", thread.id(), null, 1);
		assertThat(first.posts()).hasSize(20);
		assertThat(first.totalPages()).isEqualTo(2);
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("Post number 20<")))
				.andExpect(content().string(not(containsString("Post number 21<"))))
				.andExpect(content().string(containsString("rel=\"next\"")));
		mvc.perform(get(thread.path()).param("page", "2"))
				.andExpect(content().string(containsString("Post number 21<")))
				.andExpect(content().string(containsString("Post number 25<")))
				.andExpect(content().string(not(containsString("Post number 20<"))))
				.andExpect(content().string(containsString(thread.path() + "?page=2\"")))
				.andExpect(content().string(containsString("rel=\"prev\"")));
		// A quote link on a post leads back to the reply form with the post to quote.
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(content().string(containsString("?quote=" + first.posts().getFirst().id() + "#reply-form")));
	}
}
