package app.agora.community.internal;

/** The reply form under a thread, and the edit form of a post. */
class ReplyForm {

	private String text;
	private Long quote;
	private Integer version;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getQuote() {
		return quote;
	}

	public void setQuote(Long quote) {
		this.quote = quote;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
