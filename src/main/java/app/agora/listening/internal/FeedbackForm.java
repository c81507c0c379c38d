package app.agora.listening.internal;

/** The page form for logging feedback by hand. */
class FeedbackForm {

	private String text;
	private String authorPartyId;
	private String authorName;
	private String channel;
	private String saidOn;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getAuthorPartyId() {
		return authorPartyId;
	}

	public void setAuthorPartyId(String authorPartyId) {
		this.authorPartyId = authorPartyId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public void setAuthorName(String authorName) {
		this.authorName = authorName;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getSaidOn() {
		return saidOn;
	}

	public void setSaidOn(String saidOn) {
		this.saidOn = saidOn;
	}
}
