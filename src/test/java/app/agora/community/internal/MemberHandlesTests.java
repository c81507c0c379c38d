package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Handles made from display names. */
class MemberHandlesTests {

	@Test
	void aHandleIsTheDisplayNameInLowerCaseAsciiWithDashes() {
		assertThat(MemberHandles.base("Anne-Marie Leclerc")).isEqualTo("anne-marie-leclerc");
		assertThat(MemberHandles.base("  Zoë  Ünal ")).isEqualTo("zoe-unal");
		assertThat(MemberHandles.base("O'Brien & Sons")).isEqualTo("o-brien-sons");
		assertThat(MemberHandles.base("李")).isEqualTo("member");
		assertThat(MemberHandles.base("New")).isEqualTo("new-member");
		assertThat(MemberHandles.base("x".repeat(80))).hasSize(MemberHandles.MAX);
	}
}
