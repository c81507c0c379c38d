package app.agora.community.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.community.trust.*}: how trust grows, what new members may do and
 * when flags hide a post. The defaults are documented in docs/community.md.
 */
@ConfigurationProperties("agora.community.trust")
public class TrustSettings {

	/** A NEW member's first this-many posts wait for approval. */
	private int approvalPosts = 2;
	/**
	 * Flags from TRUSTED members that hide a post until reviewed (one staff or
	 * LEADER flag does).
	 */
	private int flagsToHide = 3;
	/** Accepted answers in a space that make its author an expert of it. */
	private int expertAnswers = 3;
	private NewMembers newMembers = new NewMembers();
	private Points points = new Points();
	private Threshold member = new Threshold(Duration.ofDays(1), 3, 5);
	private Threshold trusted = new Threshold(Duration.ofDays(14), 15, 50);
	private Threshold leader = new Threshold(Duration.ofDays(60), 50, 200);

	/** What NEW members may post. */
	public static class NewMembers {
		private int postsPerHour = 5;
		private int linksPerPost = 2;
		private int linksPerHour = 4;
		/** The same text again within this window is refused. */
		private Duration duplicateWindow = Duration.ofDays(1);
		/**
		 * A link already posted by them in another thread within this window sends the
		 * post to the queue.
		 */
		private Duration repeatedLinkWindow = Duration.ofDays(7);

		public int getPostsPerHour() {
			return postsPerHour;
		}

		public void setPostsPerHour(int postsPerHour) {
			this.postsPerHour = postsPerHour;
		}

		public int getLinksPerPost() {
			return linksPerPost;
		}

		public void setLinksPerPost(int linksPerPost) {
			this.linksPerPost = linksPerPost;
		}

		public int getLinksPerHour() {
			return linksPerHour;
		}

		public void setLinksPerHour(int linksPerHour) {
			this.linksPerHour = linksPerHour;
		}

		public Duration getDuplicateWindow() {
			return duplicateWindow;
		}

		public void setDuplicateWindow(Duration duplicateWindow) {
			this.duplicateWindow = duplicateWindow;
		}

		public Duration getRepeatedLinkWindow() {
			return repeatedLinkWindow;
		}

		public void setRepeatedLinkWindow(Duration repeatedLinkWindow) {
			this.repeatedLinkWindow = repeatedLinkWindow;
		}
	}

	/** Reputation points. */
	public static class Points {
		private int post = 1;
		private int like = 2;
		private int acceptedAnswer = 10;

		public int getPost() {
			return post;
		}

		public void setPost(int post) {
			this.post = post;
		}

		public int getLike() {
			return like;
		}

		public void setLike(int like) {
			this.like = like;
		}

		public int getAcceptedAnswer() {
			return acceptedAnswer;
		}

		public void setAcceptedAnswer(int acceptedAnswer) {
			this.acceptedAnswer = acceptedAnswer;
		}
	}

	/**
	 * What a level needs: time since the first post, visible posts and score, all
	 * three.
	 */
	public static class Threshold {
		private Duration sinceFirstPost;
		private int posts;
		private int score;

		public Threshold() {
		}

		Threshold(Duration sinceFirstPost, int posts, int score) {
			this.sinceFirstPost = sinceFirstPost;
			this.posts = posts;
			this.score = score;
		}

		public Duration getSinceFirstPost() {
			return sinceFirstPost;
		}

		public void setSinceFirstPost(Duration sinceFirstPost) {
			this.sinceFirstPost = sinceFirstPost;
		}

		public int getPosts() {
			return posts;
		}

		public void setPosts(int posts) {
			this.posts = posts;
		}

		public int getScore() {
			return score;
		}

		public void setScore(int score) {
			this.score = score;
		}
	}

	public int getApprovalPosts() {
		return approvalPosts;
	}

	public void setApprovalPosts(int approvalPosts) {
		this.approvalPosts = approvalPosts;
	}

	public int getFlagsToHide() {
		return flagsToHide;
	}

	public void setFlagsToHide(int flagsToHide) {
		this.flagsToHide = flagsToHide;
	}

	public int getExpertAnswers() {
		return expertAnswers;
	}

	public void setExpertAnswers(int expertAnswers) {
		this.expertAnswers = expertAnswers;
	}

	public NewMembers getNewMembers() {
		return newMembers;
	}

	public void setNewMembers(NewMembers newMembers) {
		this.newMembers = newMembers;
	}

	public Points getPoints() {
		return points;
	}

	public void setPoints(Points points) {
		this.points = points;
	}

	public Threshold getMember() {
		return member;
	}

	public void setMember(Threshold member) {
		this.member = member;
	}

	public Threshold getTrusted() {
		return trusted;
	}

	public void setTrusted(Threshold trusted) {
		this.trusted = trusted;
	}

	public Threshold getLeader() {
		return leader;
	}

	public void setLeader(Threshold leader) {
		this.leader = leader;
	}
}
