package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signed-out readers get thread pages from the page cache, and see every change
 * at once: a reply, an edit, a lock, a space turned members-only. Signed-in
 * readers always get a page made for them.
 */
@AgoraTest
class ThreadPageCacheTests {

	private static final String CACHE = "X-Agora-Page-Cache";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Community community;

	private ThreadSummary newThread(String space, String title) {
		return community.startThread(space,
				new ThreadDraft(ThreadKind.DISCUSSION, title, null, "First post of " + title),
				users.participant(DemoUsers.DARA));
	}

	@Test
	void aSignedOutReaderGetsTheKeptPageWithoutASession() throws Exception {
		var thread = newThread("gear-talk", "Cached socks");
		var first = mvc.perform(get(thread.path())).andExpect(status().isOk()).andExpect(header().doesNotExist(CACHE))
				.andExpect(header().doesNotExist("Set-Cookie"))
				.andExpect(content().string(not(containsString("csrf-token")))).andReturn();
		var second = mvc.perform(get(thread.path())).andExpect(status().isOk()).andExpect(header().string(CACHE, "hit"))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'"))).andReturn();
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString())
				.contains("First post of Cached socks");
		assertThat(first.getRequest().getSession(false)).isNull();
	}

	@Test
	void aKeptPageGoesGzippedToReadersWhoAcceptItWithTheSecurityHeadersOfItsRendering() throws Exception {
		var thread = newThread("gear-talk", "Cached stoves");
		String rendered = mvc.perform(get(thread.path())).andExpect(header().doesNotExist(CACHE))
				.andExpect(header().string("Vary", containsString("Accept-Encoding"))).andReturn().getResponse()
				.getContentAsString();
		var packed = mvc.perform(get(thread.path()).header("Accept-Encoding", "gzip, deflate, br"))
				.andExpect(status().isOk()).andExpect(header().string(CACHE, "hit"))
				.andExpect(header().string("Content-Encoding", "gzip"))
				.andExpect(header().string("Vary", containsString("Accept-Encoding")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Type", containsString("text/html"))).andReturn();
		byte[] body = packed.getResponse().getContentAsByteArray();
		try (var unpacked = new GZIPInputStream(new ByteArrayInputStream(body))) {
			assertThat(new String(unpacked.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered);
		}
		// gzip refused: the page unpacked
		mvc.perform(get(thread.path()).header("Accept-Encoding", "gzip;q=0, identity"))
				.andExpect(header().string(CACHE, "hit")).andExpect(header().doesNotExist("Content-Encoding"))
				.andExpect(content().string(rendered));
		// a session id: the reader may be signed in, so the page is made for them
		mvc.perform(get(thread.path()).with(request -> {
			request.setRequestedSessionId("0F1E2D3C");
			return request;
		})).andExpect(status().isOk()).andExpect(header().doesNotExist(CACHE));
	}

	@Test
	void aNewReplyAnEditAndALockShowAtOnceForSignedOutReaders() throws Exception {
		var thread = newThread("gear-talk", "Cached gaiters");
		mvc.perform(get(thread.path()));
		mvc.perform(get(thread.path())).andExpect(header().string(CACHE, "hit"));

		mvc.perform(post("/community/gear-talk/t/" + thread.id() + "/reply").with(users.as(DemoUsers.ANNE_MARIE))
				.param("text", "Gaiters kept the *scree* out")).andExpect(status().is3xxRedirection());
		mvc.perform(get(thread.path())).andExpect(header().doesNotExist(CACHE))
				.andExpect(content().string(containsString("Gaiters kept the <em>scree</em> out")));

		var reply = community.thread("gear-talk", thread.id(), null, 1).posts().getLast();
		mvc.perform(get(thread.path())).andExpect(header().string(CACHE, "hit"));
		community.edit(reply.id(), "Gaiters kept the gravel out", reply.version(),
				users.participant(DemoUsers.ANNE_MARIE));
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("Gaiters kept the gravel out")))
				.andExpect(content().string(not(containsString("scree"))));

		mvc.perform(get(thread.path())).andExpect(header().string(CACHE, "hit"));
		community.lock("gear-talk", thread.id(), true, users.participant(DemoUsers.AGENT));
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("id=\"locked\"")));
	}

	@Test
	void signedInReadersAndOtherLanguagesGetTheirOwnPage() throws Exception {
		var thread = newThread("gear-talk", "Cached poles");
		mvc.perform(get(thread.path()));
		mvc.perform(get(thread.path())).andExpect(header().string(CACHE, "hit"));
		// Signed in: never the signed-out page, always the reply form.
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.PROSPECT))).andExpect(header().doesNotExist(CACHE))
				.andExpect(content().string(containsString("id=\"reply-form\"")));
		// A French reader gets the French page, kept apart from the English one.
		mvc.perform(get(thread.path()).header("Accept-Language", "fr")).andExpect(header().doesNotExist(CACHE))
				.andExpect(content().string(containsString("lang=\"fr\"")));
		mvc.perform(get(thread.path()).header("Accept-Language", "fr")).andExpect(header().string(CACHE, "hit"))
				.andExpect(content().string(containsString("lang=\"fr\"")));
		mvc.perform(get(thread.path())).andExpect(header().string(CACHE, "hit"))
				.andExpect(content().string(containsString("lang=\"en\"")));
		// Another parameter is not kept; an API token is a signed-in request.
		mvc.perform(get(thread.path()).param("quote", "1")).andExpect(header().doesNotExist(CACHE));
		mvc.perform(get(thread.path()).header("Authorization", "Bearer nonsense"))
				.andExpect(header().doesNotExist(CACHE));
	}

	@Test
	void aSpaceTurnedMembersOnlyIsNoLongerServedToSignedOutReaders() throws Exception {
		var admin = users.participant(DemoUsers.ADMIN);
		community.createSpace(new SpaceDraft("cache-closing", "Cache closing", "Soon members-only", Visibility.PUBLIC,
				List.of(), List.of(), List.of()), admin);
		var thread = newThread("cache-closing", "Cached secrets");
		mvc.perform(get(thread.path()));
		mvc.perform(get(thread.path())).andExpect(header().string(CACHE, "hit"));
		community.updateSpace("cache-closing", new SpaceDraft("cache-closing", "Cache closing", "Now members-only",
				Visibility.MEMBERS_ONLY, List.of(), List.of(), List.of()), admin);
		mvc.perform(get(thread.path())).andExpect(status().isNotFound());
	}
}
