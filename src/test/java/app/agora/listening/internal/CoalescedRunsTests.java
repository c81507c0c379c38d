package app.agora.listening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CoalescedRunsTests {

	private final CoalescedRuns<Integer> runs = new CoalescedRuns<>();

	@Test
	void whatArrivesWhileTheWorkRunsIsRunOnceMoreWithTheLastArrival() throws Exception {
		List<Integer> ran = new CopyOnWriteArrayList<>();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		AtomicBoolean ranFirst = new AtomicBoolean();
		Thread first = Thread.ofPlatform().start(() -> ranFirst.set(runs.run("theme:7", 1, arrival -> {
			ran.add(arrival);
			if (arrival == 1) {
				started.countDown();
				await(goOn);
			}
		})));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		// while the first runs, three more arrive: each returns at once, without
		// running
		assertThat(runs.run("theme:7", 2, ran::add)).isFalse();
		assertThat(runs.run("theme:7", 3, ran::add)).isFalse();
		assertThat(runs.run("theme:7", 4, ran::add)).isFalse();
		// another key is not held up
		assertThat(runs.run("theme:8", 10, ran::add)).isTrue();

		goOn.countDown();
		first.join(10_000);
		assertThat(ranFirst).isTrue();
		assertThat(ran).containsExactly(1, 10, 4);

		// once done, the next arrival runs at once
		assertThat(runs.run("theme:7", 5, ran::add)).isTrue();
		assertThat(ran).endsWith(5);
	}

	@Test
	void aFailedRunDoesNotLeaveTheKeyTaken() {
		assertThatThrownBy(() -> runs.run("product:x", 1, arrival -> {
			throw new IllegalStateException("database down");
		})).hasMessage("database down");
		List<Integer> ran = new CopyOnWriteArrayList<>();
		assertThat(runs.run("product:x", 2, ran::add)).isTrue();
		assertThat(ran).containsExactly(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
