package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

/**
 * Answers, votes, idea status and likes on the pages: the buttons each person
 * gets, the accepted answer shown first, and refusals shown beside what was
 * tried.
 */
@AgoraTest
class AnswersPagesTests {

	private static final String PRODUCT = "product@agora.demo";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Community community;
	@Autowired
	CommunityAnswers answers;

	@Test
	void theAskerAcceptsAReplyWhichShowsFirstAndTheSpaceListsTheQuestionAsSolved() throws Exception {
		ThreadSummary question = community.startThread("gear-talk", new ThreadDraft(ThreadKind.QUESTION,
				"Gaiters for the Vanoise in May?", null, "Snow is likely, I think."),
				users.participant(DemoUsers.DARA));
		Post first = community.thread("gear-talk", question.id(), null, 1).posts().getFirst();
		Post early = community.reply("gear-talk", question.id(), "No idea, sorry.", null,
				users.participant(DemoUsers.PROSPECT));
		Post answer = community.reply("gear-talk", question.id(), "Yes, **short gaiters** are enough.", null,
				users.participant(DemoUsers.ANNE_MARIE));

		mvc.perform(get(question.path()).with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"accept-" + answer.id() + "\"")))
				.andExpect(content().string(not(containsString("id=\"accept-" + first.id() + "\""))))
				.andExpect(content().string(containsString("No accepted answer yet")));
		mvc.perform(get(question.path()).with(users.as(DemoUsers.PROSPECT)))
				.andExpect(content().string(not(containsString("id=\"accept-"))));
		mvc.perform(post("/community/gear-talk/t/" + question.id() + "/answer").param("post", "" + answer.id())
				.with(users.as(DemoUsers.PROSPECT))).andExpect(status().isForbidden());

		mvc.perform(post("/community/gear-talk/t/" + question.id() + "/answer").param("post", "" + answer.id())
				.with(users.as(DemoUsers.DARA))).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(question.path() + "#accepted-answer"));
		String page = mvc.perform(get(question.path())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		int question_ = page.indexOf("id=\"post-" + first.id() + "\"");
		int accepted = page.indexOf("id=\"accepted-answer\"");
		int inOrder = page.indexOf("id=\"post-" + early.id() + "\"");
		assertThat(question_).isPositive();
		assertThat(accepted).isGreaterThan(question_).isLessThan(inOrder);
		assertThat(page).contains("Accepted answer", "<strong>short gaiters</strong>", "id=\"solved\"",
				"href=\"" + question.path() + "#post-" + answer.id() + "\"");
		mvc.perform(get("/community/gear-talk")).andExpect(content().string(containsString("Solved")));

		mvc.perform(post("/community/gear-talk/t/" + question.id() + "/answer/undo").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(question.path())).andExpect(content().string(not(containsString("id=\"accepted-answer\""))));
	}

	@Test
	void aSecondVoteIsRefusedWithAMessageAndChangesNothing() throws Exception {
		ThreadSummary idea = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.IDEA, "Lend rain covers for packs", null, "At the first hut."),
				users.participant(DemoUsers.ANNE_MARIE));
		mvc.perform(get(idea.path())).andExpect(status().isOk()).andExpect(content().string(containsString("no votes")))
				.andExpect(content().string(not(containsString("id=\"vote\""))));
		mvc.perform(post("/community/gear-talk/t/" + idea.id() + "/vote").with(users.as(DemoUsers.DARA)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(idea.path() + "#idea"));
		FlashMap refused = mvc
				.perform(post("/community/gear-talk/t/" + idea.id() + "/vote").with(users.as(DemoUsers.DARA)))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("answersError", "community.answers.error.votedTwice")).andReturn()
				.getFlashMap();
		mvc.perform(get(idea.path()).with(users.as(DemoUsers.DARA)).flashAttrs(refused))
				.andExpect(content().string(containsString("You have already voted for this idea.")))
				.andExpect(content().string(containsString("1 vote")))
				.andExpect(content().string(containsString("id=\"withdraw-vote\"")));
		assertThat(answers.standing("gear-talk", idea.id(), null).votes()).isEqualTo(1);
	}

	@Test
	void staffChangeAnIdeasStatusOnlyWithAPublicCommentAndTheSpaceFiltersByStatus() throws Exception {
		ThreadSummary idea = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.IDEA, "A gear check video call before departure", null, "Two weeks before."),
				users.participant(DemoUsers.DARA));
		String action = "/community/gear-talk/t/" + idea.id() + "/idea-status";
		mvc.perform(get(idea.path()).with(users.as(DemoUsers.DARA)))
				.andExpect(content().string(not(containsString("id=\"status-form\""))));
		mvc.perform(post(action).param("status", "PLANNED").param("comment", "x").with(users.as(DemoUsers.DARA)))
				.andExpect(status().isForbidden());
		FlashMap refused = mvc
				.perform(post(action).param("status", "PLANNED").param("comment", " ").with(users.as(PRODUCT)))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("statusField", "comment"))
				.andReturn().getFlashMap();
		mvc.perform(get(idea.path()).with(users.as(PRODUCT)).flashAttrs(refused))
				.andExpect(content().string(containsString("id=\"status-comment-error\"")))
				.andExpect(content().string(containsString("Say publicly why the status changes.")));
		assertThat(answers.ideaHistory("gear-talk", idea.id(), null)).isEmpty();

		mvc.perform(post(action).param("status", "PLANNED").param("comment", "First calls in March.")
				.with(users.as(PRODUCT))).andExpect(status().is3xxRedirection());
		mvc.perform(get(idea.path())).andExpect(content().string(containsString("First calls in March.")))
				.andExpect(content().string(containsString("id=\"idea-status\">Planned<")));
		mvc.perform(get("/community/gear-talk").param("status", "PLANNED")).andExpect(status().isOk())
				.andExpect(content().string(containsString("A gear check video call before departure")));
		mvc.perform(get("/community/gear-talk").param("status", "DONE"))
				.andExpect(content().string(not(containsString("A gear check video call before departure"))));
		mvc.perform(get("/community/gear-talk").param("status", "SOMEDAY")).andExpect(status().isBadRequest());
	}

	@Test
	void signedOutReadersSeeLikeCountsAndMembersLikeOthersPostsOnly() throws Exception {
		ThreadSummary thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Best hut slippers", null, "Crocs, obviously."),
				users.participant(DemoUsers.DARA));
		Post post = community.thread("gear-talk", thread.id(), null, 1).posts().getFirst();
		mvc.perform(post("/community/posts/" + post.id() + "/like").with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(thread.path() + "#post-" + post.id()));
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("1 like")))
				.andExpect(content().string(not(containsString("id=\"like-"))));
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(content().string(containsString("id=\"unlike-" + post.id() + "\"")));
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.DARA)))
				.andExpect(content().string(not(containsString("id=\"like-" + post.id() + "\""))));
		mvc.perform(post("/community/posts/" + post.id() + "/like").with(users.as(DemoUsers.DARA)))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("answersError", "community.answers.error.ownPost"));
		mvc.perform(post("/community/posts/" + post.id() + "/unlike").with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("no likes")));
	}

	@Test
	void theDemoHasAcceptedAnswersAnOpenQuestionVotedIdeasAStatusAndLikes() throws Exception {
		Participant admin = users.participant(DemoUsers.ADMIN);
		var alps = community.threads("dolomites-alps-treks", admin, 1).threads();
		var standings = answers.standings(alps, admin);
		ThreadSummary altaVia = alps.stream().filter(t -> t.title().startsWith("Alta Via 1 in late")).findFirst()
				.orElseThrow();
		ThreadSummary slow = alps.stream().filter(t -> t.title().startsWith("Proposer une version")).findFirst()
				.orElseThrow();
		assertThat(standings.get(altaVia.id()).solved()).isTrue();
		assertThat(standings.get(slow.id()).votes()).isEqualTo(2);
		assertThat(standings.get(slow.id()).ideaStatus()).isEqualTo(IdeaStatus.UNDER_REVIEW);
		assertThat(answers.ideaHistory("dolomites-alps-treks", slow.id(), null)).singleElement()
				.satisfies(h -> assertThat(h.comment()).contains("2027"));
		var gear = community.threads("gear-talk", admin, 1).threads().stream()
				.filter(t -> t.title().startsWith("Sac de 30 ou 40 litres")).toList();
		assertThat(answers.standings(gear, admin).values()).singleElement()
				.satisfies(s -> assertThat(s.solved()).isFalse());
		var posts = community.thread("dolomites-alps-treks", altaVia.id(), null, 1).posts();
		assertThat(answers.likes(posts, null).values()).anySatisfy(l -> assertThat(l.count()).isPositive());
		mvc.perform(get(altaVia.path())).andExpect(content().string(containsString("id=\"accepted-answer\"")));
		mvc.perform(get("/community/dolomites-alps-treks")).andExpect(content().string(containsString("Solved")))
				.andExpect(content().string(containsString("Under review")));
	}

	@Test
	void theIdeasOfOneStatusPageOnWithTheirStatus() throws Exception {
		Participant staff = users.participant(PRODUCT);
		community.createSpace(new SpaceDraft("many-ideas", "Many ideas", "", Visibility.PUBLIC, null, null, null),
				staff);
		for (int i = 1; i <= 21; i++) {
			var idea = community.startThread("many-ideas",
					new ThreadDraft(ThreadKind.IDEA, "Idea number " + i, null, "Why not?"),
					users.participant(DemoUsers.DARA));
			answers.changeIdeaStatus("many-ideas", idea.id(), IdeaStatus.DECLINED, "Not this year.", staff);
		}
		community.startThread("many-ideas", new ThreadDraft(ThreadKind.IDEA, "Still open", null, "Hm."),
				users.participant(DemoUsers.DARA));
		mvc.perform(get("/community/many-ideas").param("status", "DECLINED")).andExpect(status().isOk())
				.andExpect(content().string(containsString("page=2&amp;status=DECLINED")))
				.andExpect(content().string(not(containsString("Still open"))));
		mvc.perform(get("/community/many-ideas").param("status", "DECLINED").param("page", "2"))
				.andExpect(content().string(containsString("Idea number 1<")))
				.andExpect(content().string(not(containsString("Idea number 21<"))));
		mvc.perform(get("/community/many-ideas").param("status", "OPEN"))
				.andExpect(content().string(containsString("Still open")))
				.andExpect(content().string(not(containsString("Idea number"))));
	}
}
