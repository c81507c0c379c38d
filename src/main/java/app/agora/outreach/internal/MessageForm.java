package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Purpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The staff page's "send a message" form; a bean so a half-filled form can be
 * shown again.
 */
class MessageForm {

	@NotNull
	private Channel channel = Channel.IN_APP;
	@NotNull
	private Purpose purpose = Purpose.SERVICE;
	@NotBlank
	@Size(max = OutboundMessage.MAX_SUBJECT_LENGTH)
	private String subject;
	@NotBlank
	@Size(max = OutboundMessage.MAX_BODY_LENGTH)
	private String body;

	StaffMessage toMessage() {
		return new StaffMessage(channel, purpose, subject, body);
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public Purpose getPurpose() {
		return purpose;
	}

	public void setPurpose(Purpose purpose) {
		this.purpose = purpose;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
