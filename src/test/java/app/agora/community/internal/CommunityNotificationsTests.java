package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.community.AnswerAccepted;
import app.agora.community.Community;
import app.agora.community.IdeaStatusChanged;
import app.agora.community.OwnerQuestionAsked;
import app.agora.community.Post;
import app.agora.community.PostLiked;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadSummary;
import app.agora.outreach.Channel;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications made by the real listeners from real community events: who is
 * told of what, in the app through outreach, never of their own action, never
 * about a space they may not read, never twice.
 */
@AgoraTest
class CommunityNotificationsTests {

	private static final String PRODUCT = "product@agora.demo";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Community community;
	@Autowired
	NoticeBook book;
	@Autowired
	CommunityNotices notices;
	@Autowired
	Outreach outreach;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	NoticeQueue queue;
	@Autowired
	NoticeWorker worker;
	@Autowired
	JdbcClient jdbc;

	private UUID account(String email) {
		return users.get(email).accountId();
	}

	private NoticeBook.Given awaitNotice(String email, NoticeKind kind, String ref) {
		await().atMost(Duration.ofSeconds(10)).until(() -> find(email, kind, ref) != null);
		return find(email, kind, ref);
	}

	private NoticeBook.Given find(String email, NoticeKind kind, String ref) {
		return book.of(account(email)).stream().filter(g -> g.kind() == kind && g.ref().equals(ref)).findFirst()
				.orElse(null);
	}

	private List<NoticeBook.Given> about(String email, String ref) {
		return book.of(account(email)).stream().filter(g -> g.ref().equals(ref)).toList();
	}

	private ThreadSummary thread(String space, String email, String title, String text) {
		return community.startThread(space, new ThreadDraft(ThreadKind.QUESTION, title, null, text),
				users.participant(email));
	}

	/** Lets the listeners of everything published so far finish. */
	private void settle(String email, NoticeKind kind, String ref) {
		awaitNotice(email, kind, ref);
	}

	@Test
	void aReplyTellsTheThreadsAuthorInTheAppOnceAndNeverTheReplier() throws Exception {
		// Ada gets few community notices, so her weekly community cap stays out of the
		// way
		var thread = thread("gear-talk", DemoUsers.ADMIN, "Gaiters on the Haute Route?", "Worth the weight?");
		Post reply = community.reply("gear-talk", thread.id(), "Yes, for the snow fields in June.", null,
				users.participant(DemoUsers.ANNE_MARIE));
		String ref = "post:" + reply.id();
		var notice = awaitNotice(DemoUsers.ADMIN, NoticeKind.REPLY, ref);
		assertThat(notice.subject()).isEqualTo("Anne-Marie Leclerc replied in \"Gaiters on the Haute Route?\"");
		assertThat(notice.body()).contains(thread.path() + "#post-" + reply.id());
		assertThat(about(DemoUsers.ANNE_MARIE, ref)).isEmpty();

		// delivered in the app through the outreach gate, listed by outreach's API
		mvc.perform(get("/api/v1/me/notifications").param("size", "200").with(users.as(DemoUsers.ADMIN)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.notifications[*].subject", hasItem(notice.subject())));
		mvc.perform(get("/me/notifications").with(users.as(DemoUsers.ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(
						containsString("Anne-Marie Leclerc replied in &quot;Gaiters on the Haute Route?&quot;")));
		assertThat(outreach.deliveries(users.get(DemoUsers.ADMIN).partyId().orElseThrow(), 0, 200).deliveries())
				.anySatisfy(d -> {
					assertThat(d.messageId()).isEqualTo(notice.messageId());
					assertThat(d.channel()).isEqualTo(Channel.IN_APP);
					assertThat(d.purpose()).isEqualTo(Purpose.COMMUNITY);
				});

		// the same post given again (after a crash) notifies nobody twice
		notices.published(reply.id(), thread.id(), "gear-talk", false);
		assertThat(about(DemoUsers.ADMIN, ref)).hasSize(1);
		// and the post has left the queue: a node that picked it too finds nothing
		await().atMost(Duration.ofSeconds(10)).until(() -> queued(reply.id()) == 0);
		worker.give(new NoticeQueue.Queued(-1, reply.id(), thread.id(), "gear-talk", false, 0));
		assertThat(about(DemoUsers.ADMIN, ref)).hasSize(1);
	}

	@Test
	void aPostWhoseNotificationsFailedWaitsItsTurnWithoutHoldingTheOthersBack() {
		var thread = thread("gear-talk", DemoUsers.ADMIN, "Crampons for the Tour Ronde?", "Which ones?");
		long missing = thread.id() + 1_000_000;
		// queued and failed once, in one transaction so that the worker does not take
		// it first
		var failed = transactions.execute(tx -> {
			var item = queue.add(missing, thread.id(), "gear-talk", false, Instant.now());
			queue.later(item, Instant.now().plus(Duration.ofHours(1)));
			return item;
		});

		assertThat(queue.due(Instant.now(), 10_000)).noneMatch(q -> q.postId() == missing);
		Post reply = community.reply("gear-talk", thread.id(), "Grivel G12, they fit my boots.", null,
				users.participant(DemoUsers.ANNE_MARIE));
		awaitNotice(DemoUsers.ADMIN, NoticeKind.REPLY, "post:" + reply.id());
		assertThat(jdbc.sql("select attempts from community_notice_queue where post_id = :post").param("post", missing)
				.query(Integer.class).single()).isEqualTo(1);
		transactions.executeWithoutResult(tx -> queue.take(failed.id()));
	}

	@Test
	void aPostLeftInTheQueueByANodeThatStoppedIsGivenByThePoll() {
		var thread = thread("gear-talk", DemoUsers.ADMIN, "Ice axe length?", "For the Gran Paradiso.");
		Post reply = community.reply("gear-talk", thread.id(), "A 60 cm one is plenty.", null,
				users.participant(DemoUsers.ANNE_MARIE));
		String ref = "post:" + reply.id();
		awaitNotice(DemoUsers.ADMIN, NoticeKind.REPLY, ref);
		// queued again as by a node that stopped before handing it to its worker
		transactions.executeWithoutResult(tx -> queue.add(reply.id(), thread.id(), "gear-talk", false,
				Instant.now().minus(NoticeWorker.LEFT_BEHIND)));

		await().atMost(Duration.ofSeconds(10)).until(() -> queued(reply.id()) == 0);
		assertThat(about(DemoUsers.ADMIN, ref)).hasSize(1);
	}

	private long queued(long postId) {
		return jdbc.sql("select count(*) from community_notice_queue where post_id = :post").param("post", postId)
				.query(Long.class).single();
	}

	@Test
	void aMentionLinksToTheProfileAndTellsTheMemberOnceEvenWhenTheyAlsoFollow() throws Exception {
		var thread = thread("dolomites-alps-treks", DemoUsers.DARA, "Via ferrata kit to rent in Cortina?",
				"Where do you rent one?");
		String body = mvc
				.perform(post("/api/v1/community/spaces/dolomites-alps-treks/threads/" + thread.id() + "/posts")
						.with(users.as(DemoUsers.PROSPECT)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"text\":\"Ask @Dara-Okafor or @anne-marie-leclerc, not `@dara-okafor` "
								+ "nor @nobody-here or dara@example.com\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String html = JsonPath.read(body, "$.html");
		long postId = ((Number) JsonPath.read(body, "$.id")).longValue();
		// the sanitiser ran last: it encodes @ and adds rel="nofollow ugc noopener" (in
		// any order)
		assertThat(html).containsPattern(
				"<a href=\"/community/members/dara-okafor\" rel=\"[a-z ]*nofollow[a-z ]*\">" + "&#64;dara-okafor</a>");
		assertThat(html).contains("<a href=\"/community/members/anne-marie-leclerc\"");
		// not in code, not for an unknown handle, not in an email address
		assertThat(html).contains("<code>&#64;dara-okafor</code>")
				.contains("nor &#64;nobody-here or dara&#64;example.com")
				.doesNotContain("/community/members/nobody-here").doesNotContain("members/example");

		String ref = "post:" + postId;
		awaitNotice(DemoUsers.ANNE_MARIE, NoticeKind.MENTION, ref);
		var mention = awaitNotice(DemoUsers.DARA, NoticeKind.MENTION, ref);
		assertThat(mention.subject()).startsWith("Priya Natarajan mentioned you in");
		// Dara wrote the thread, yet hears of this post once: as a mention
		assertThat(about(DemoUsers.DARA, ref)).extracting(NoticeBook.Given::kind).containsExactly(NoticeKind.MENTION);
	}

	@Test
	void nobodyIsToldOfAMembersOnlySpaceTheyMayNotRead() {
		// Priya posted in the demo, so she has a handle; she is no member of the
		// guides' corner
		var thread = thread("guides-corner", DemoUsers.DARA, "Briefing for the Brenta group",
				"@priya-natarajan and @anne-marie-leclerc: meet at 8.");
		var post = community.thread("guides-corner", thread.id(), users.participant(DemoUsers.DARA), 1).posts()
				.getFirst();
		String ref = "post:" + post.id();
		awaitNotice(DemoUsers.ANNE_MARIE, NoticeKind.MENTION, ref);
		assertThat(about(DemoUsers.PROSPECT, ref)).isEmpty();
		assertThat(post.html()).contains("/community/members/priya-natarajan");
	}

	@Test
	void followingASpaceTellsOfNewThreadsUntilUnfollowed() throws Exception {
		mvc.perform(put("/api/v1/me/follows/spaces/trekking-with-children").with(users.as(DemoUsers.SALES)))
				.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me/follows").with(users.as(DemoUsers.SALES))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].spaceSlug", hasItem("trekking-with-children")));
		var first = thread("trekking-with-children", DemoUsers.DARA, "Pushchair-friendly huts?", "Any?");
		var notice = awaitNotice(DemoUsers.SALES, NoticeKind.NEW_THREAD, "thread:" + first.id());
		assertThat(notice.subject()).isEqualTo("New thread in Trekking with children: \"Pushchair-friendly huts?\"");

		mvc.perform(delete("/api/v1/me/follows/spaces/trekking-with-children").with(users.as(DemoUsers.SALES)))
				.andExpect(status().isNoContent());
		var second = thread("trekking-with-children", DemoUsers.DARA, "Snacks kids like on the trail", "Ideas?");
		// a thread started after both tells its author's follower of the space only
		// while followed
		mvc.perform(put("/api/v1/me/follows/spaces/trekking-with-children").with(users.as(PRODUCT)))
				.andExpect(status().isNoContent());
		var third = thread("trekking-with-children", DemoUsers.DARA, "Best month for the Vanoise with kids", "?");
		settle(PRODUCT, NoticeKind.NEW_THREAD, "thread:" + third.id());
		assertThat(find(DemoUsers.SALES, NoticeKind.NEW_THREAD, "thread:" + second.id())).isNull();
		assertThat(find(DemoUsers.SALES, NoticeKind.NEW_THREAD, "thread:" + third.id())).isNull();
		// the author of a thread is not told of their own thread
		assertThat(find(DemoUsers.DARA, NoticeKind.NEW_THREAD, "thread:" + third.id())).isNull();
	}

	@Test
	void followingAThreadTellsOfItsRepliesAndAuthorsFollowTheirOwn() throws Exception {
		var thread = thread("gear-talk", DemoUsers.ANNE_MARIE, "Poles: cork or foam grips?", "Which?");
		mvc.perform(get("/api/v1/me/follows").with(users.as(DemoUsers.ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.target == 'THREAD')].id", hasItem((int) thread.id())));
		mvc.perform(put("/api/v1/me/follows/spaces/gear-talk/threads/" + thread.id()).with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isNoContent());
		Post reply = community.reply("gear-talk", thread.id(), "Cork, it dries.", null,
				users.participant(DemoUsers.PROSPECT));
		awaitNotice(DemoUsers.AGENT, NoticeKind.REPLY, "post:" + reply.id());
		awaitNotice(DemoUsers.ANNE_MARIE, NoticeKind.REPLY, "post:" + reply.id());

		// someone who follows only now is not told of that reply, even when the event
		// comes again
		mvc.perform(put("/api/v1/me/follows/spaces/gear-talk/threads/" + thread.id()).with(users.as(DemoUsers.SALES)))
				.andExpect(status().isNoContent());
		notices.published(reply.id(), thread.id(), "gear-talk", false);
		assertThat(about(DemoUsers.SALES, "post:" + reply.id())).isEmpty();
		mvc.perform(
				delete("/api/v1/me/follows/spaces/gear-talk/threads/" + thread.id()).with(users.as(DemoUsers.SALES)))
				.andExpect(status().isNoContent());
	}

	@Test
	void acceptedAnswersIdeaStatusAndOwnerQuestionsTellTheRightPeople() {
		var question = thread("dolomites-alps-treks", DemoUsers.PROSPECT, "Is the Alta Via 1 fine for a first trek?",
				"I have never slept in a hut.");
		Post answer = community.reply("dolomites-alps-treks", question.id(), "Yes, with the short variant.", null,
				users.participant(DemoUsers.ANNE_MARIE));
		awaitNotice(DemoUsers.PROSPECT, NoticeKind.REPLY, "post:" + answer.id());
		transactions.executeWithoutResult(tx -> events.publishEvent(new AnswerAccepted(question.id(), answer.id(),
				"dolomites-alps-treks", account(DemoUsers.ANNE_MARIE), account(DemoUsers.PROSPECT))));
		var accepted = awaitNotice(DemoUsers.ANNE_MARIE, NoticeKind.ANSWER_ACCEPTED, "post:" + answer.id());
		assertThat(accepted.subject()).isEqualTo("Your answer was accepted in \"" + question.title() + "\"");

		var idea = community.startThread("gear-talk", new ThreadDraft(ThreadKind.IDEA,
				"Rent trekking poles with the trip", null, "Flying with poles is a pain."),
				users.participant(DemoUsers.DARA));
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new IdeaStatusChanged(idea.id(), "gear-talk", idea.title(), "PLANNED", "From next season.",
						List.of(account(DemoUsers.DARA), account(DemoUsers.PROSPECT), account(DemoUsers.PROSPECT)))));
		var planned = awaitNotice(DemoUsers.PROSPECT, NoticeKind.IDEA_STATUS, "thread:" + idea.id() + ":PLANNED");
		assertThat(planned.subject()).isEqualTo("An idea you voted for is now planned: \"" + idea.title() + "\"");
		awaitNotice(DemoUsers.DARA, NoticeKind.IDEA_STATUS, "thread:" + idea.id() + ":PLANNED");
		assertThat(about(DemoUsers.PROSPECT, "thread:" + idea.id() + ":PLANNED")).hasSize(1);

		// Ask an owner: owners who opted in are told; an owner's answer tells the asker
		var ask = thread("dolomites-alps-treks", DemoUsers.PROSPECT, "Owners: is the Tour du Mont-Blanc tiring?",
				"How many hours a day?");
		transactions.executeWithoutResult(tx -> events.publishEvent(new OwnerQuestionAsked(ask.id(),
				"dolomites-alps-treks", "Tour du Mont-Blanc", ask.title(), account(DemoUsers.PROSPECT),
				List.of(account(DemoUsers.ANNE_MARIE), account(DemoUsers.PROSPECT)))));
		var asked = awaitNotice(DemoUsers.ANNE_MARIE, NoticeKind.OWNER_QUESTION, "thread:" + ask.id());
		assertThat(asked.subject()).isEqualTo("A question for owners of Tour du Mont-Blanc: \"" + ask.title() + "\"");
		assertThat(find(DemoUsers.PROSPECT, NoticeKind.OWNER_QUESTION, "thread:" + ask.id())).isNull();
		Post ownerAnswer = community.reply("dolomites-alps-treks", ask.id(), "Six hours, with breaks.", null,
				users.participant(DemoUsers.ANNE_MARIE));
		awaitNotice(DemoUsers.PROSPECT, NoticeKind.REPLY, "post:" + ownerAnswer.id());
	}

	@Test
	void aLikeTellsThePostsAuthorButNotTheLiker() {
		var thread = thread("gear-talk", DemoUsers.AGENT, "Trekking umbrellas: yes or no?", "In the Alps?");
		Post reply = community.reply("gear-talk", thread.id(), "Yes, on the roads.", null,
				users.participant(DemoUsers.SALES));
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new PostLiked(reply.id(), thread.id(), account(DemoUsers.SALES), account(DemoUsers.AGENT))));
		String ref = "post:" + reply.id() + ":" + account(DemoUsers.AGENT);
		var liked = awaitNotice(DemoUsers.SALES, NoticeKind.LIKE, ref);
		assertThat(liked.subject()).isEqualTo("Someone liked your post in \"Trekking umbrellas: yes or no?\"");
		assertThat(about(DemoUsers.AGENT, ref)).isEmpty();
	}

	@Test
	void profilesListOnlyPostsInSpacesTheReaderMaySee() throws Exception {
		// Her latest posts (the profile lists the newest 50): one public, one
		// members-only.
		thread("gear-talk", DemoUsers.DARA, "Profile check: waxing leather boots", "Beeswax or a spray?");
		thread("guides-corner", DemoUsers.DARA, "Profile check: radio channels for groups", "Which channel?");
		mvc.perform(get("/community/members/dara-okafor")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Dara Okafor")))
				.andExpect(content().string(containsString("@dara-okafor")))
				.andExpect(content().string(containsString("Profile check: waxing leather boots")))
				.andExpect(content().string(not(containsString("Profile check: radio channels"))));
		mvc.perform(get("/community/members/dara-okafor").with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Profile check: radio channels for groups")));
		mvc.perform(get("/api/v1/community/members/dara-okafor")).andExpect(status().isOk())
				.andExpect(jsonPath("$.handle").value("dara-okafor"))
				.andExpect(jsonPath("$.posts[*].spaceSlug", not(hasItem("guides-corner"))))
				.andExpect(jsonPath("$.accountId").doesNotExist());
		mvc.perform(get("/api/v1/community/members/nobody-at-all")).andExpect(status().isNotFound());
		mvc.perform(get("/community/members/nobody-at-all")).andExpect(status().isNotFound());
	}

	@Test
	void followingRefusesWhatOneMayNotReadAndAsksForAnAccount() throws Exception {
		mvc.perform(put("/api/v1/me/follows/spaces/guides-corner").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/me/follows/spaces/no-such-space").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/me/follows/spaces/gear-talk/threads/999999").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/follows")).andExpect(status().isUnauthorized());
		mvc.perform(post("/community/guides-corner/follow").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/follows").with(users.as(DemoUsers.PROSPECT))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].spaceSlug", not(hasItem("guides-corner"))));
	}

	@Test
	void theUnreadCountShowsInTheHeaderAndMarkAllReadClearsIt() throws Exception {
		var thread = thread("gear-talk", PRODUCT, "Which headtorch for huts?", "Red light?");
		Post reply = community.reply("gear-talk", thread.id(), "One with a red mode.", null,
				users.participant(DemoUsers.DARA));
		awaitNotice(PRODUCT, NoticeKind.REPLY, "post:" + reply.id());
		mvc.perform(get("/community").with(users.as(PRODUCT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"nav-notifications\"")))
				.andExpect(content().string(containsString("id=\"nav-unread\"")));
		mvc.perform(post("/api/v1/me/notifications/read").with(users.as(PRODUCT))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/notifications").with(users.as(PRODUCT))).andExpect(jsonPath("$.unread").value(0));
		mvc.perform(get("/community").with(users.as(PRODUCT)))
				.andExpect(content().string(not(containsString("id=\"nav-unread\""))));
	}

	@Test
	void followButtonsOnTheSpaceAndThreadPages() throws Exception {
		mvc.perform(get("/community/gear-talk").with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("Follow this space")));
		mvc.perform(post("/community/gear-talk/follow").param("following", "true").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/community/gear-talk").with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("Stop following this space")));
		mvc.perform(get("/me/community").with(users.as(DemoUsers.AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Gear talk")));
		mvc.perform(post("/community/gear-talk/follow").param("following", "false").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().is3xxRedirection());
		var thread = thread("gear-talk", DemoUsers.DARA, "Dry bags or a pack liner?", "Which?");
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("Follow this thread")))
				.andExpect(content().string(containsString("href=\"/community/members/dara-okafor\"")));
		mvc.perform(post("/community/gear-talk/t/" + thread.id() + "/follow").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("Stop following this thread")));
		mvc.perform(get(thread.path())).andExpect(content().string(not(containsString("Follow this thread"))));
	}
}
