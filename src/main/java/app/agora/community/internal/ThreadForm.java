package app.agora.community.internal;

import app.agora.community.ThreadKind;

/** The new-thread form. */
class ThreadForm {

	private ThreadKind kind = ThreadKind.DISCUSSION;
	private String title;
	private String productName;
	private String text;

	public ThreadKind getKind() {
		return kind;
	}

	public void setKind(ThreadKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getProductName() {
		return productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}
}
