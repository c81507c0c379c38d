package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.community.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A read that began before a change must not keep what it read once the change
 * has forgotten: the next read reads again. (A listener counting a space's
 * threads while a moderator's move committed had left the old count for 30
 * seconds.)
 */
class KnownSpacesRaceTests {

	private final KnownSpaces spaces = new KnownSpaces();

	@Test
	void aCountTakenWhileThreadsChangedIsCountedAgain() {
		long counted = spaces.threadCount(1, () -> {
			spaces.threadsChanged(); // the move commits while this count runs
			return 1;
		});
		assertThat(counted).isEqualTo(1);
		assertThat(spaces.threadCount(1, () -> 0)).isZero();
		assertThat(spaces.threadCount(1, () -> 5)).as("kept once read after the change").isZero();
	}

	@Test
	void aSpaceReadWhileItChangedIsReadAgain() {
		var before = shape("Before");
		assertThat(spaces.shape(1, id -> {
			spaces.changed(); // the rename commits while this read runs
			return before;
		})).isEqualTo(before);
		assertThat(spaces.idOf("kept")).as("not kept: read before the change").isNull();
		var after = shape("After");
		assertThat(spaces.shape(1, id -> after)).isEqualTo(after);
		assertThat(spaces.shape(1, id -> before)).as("kept once read after the change").isEqualTo(after);
		assertThat(spaces.idOf("kept")).isEqualTo(1L);
	}

	@Test
	void aSpaceChangeForgetsItsThreadCountsToo() {
		spaces.threadCount(1, () -> 3);
		spaces.changed();
		assertThat(spaces.threadCount(1, () -> 4)).isEqualTo(4);
	}

	private static KnownSpaces.Shape shape(String name) {
		return new KnownSpaces.Shape(1, "kept", name, "", Visibility.PUBLIC, List.of(), List.of(), List.of());
	}
}
