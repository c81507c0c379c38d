package app.agora.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboundMessageTests {

	private static final UUID SOMEONE = UUID.randomUUID();

	@Test
	void aMessageNeedsEverything() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new OutboundMessage(null, Channel.EMAIL, Purpose.SERVICE, "S", "B", "me"));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new OutboundMessage(SOMEONE, Channel.EMAIL, Purpose.SERVICE, " ", "B", "me"));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new OutboundMessage(SOMEONE, Channel.EMAIL, null, "S", "B", "me"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new OutboundMessage(SOMEONE, Channel.EMAIL, Purpose.SERVICE, "x".repeat(201), "B", "me"));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new OutboundMessage(SOMEONE, Channel.EMAIL, Purpose.SERVICE, "S", "B", null));
	}

	@Test
	void subjectsCannotCarryHeaders() {
		var message = new OutboundMessage(SOMEONE, Channel.EMAIL, Purpose.SERVICE, "Hello\r\nBcc: all@example.com", "B",
				"me");
		assertThat(message.subject()).isEqualTo("Hello Bcc: all@example.com");
	}
}
