package app.agora.community.internal;

/** A moderator's edit of a post: the text, the version edited, and why. */
class ModeratorEditForm {

	private String text;
	private Integer version;
	private String reason;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
