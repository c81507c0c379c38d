package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Signed-out thread pages take turns: never more at once than the configured
 * number, and every reader is served in the end.
 */
class ThreadPageTurnsTests {

	@Test
	void noMoreThreadPagesAtOnceThanTurnsAndEveryReaderServed() throws Exception {
		var cache = new ThreadPageCache(new AcceptHeaderLocaleResolver(), true, Duration.ofMinutes(5), 16, 2);
		var inside = new AtomicInteger();
		var most = new AtomicInteger();
		var served = new AtomicInteger();
		var allStarted = new CountDownLatch(6);
		FilterChain rendering = (request, response) -> {
			most.accumulateAndGet(inside.incrementAndGet(), Math::max);
			try {
				Thread.sleep(30);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			inside.decrementAndGet();
			served.incrementAndGet();
		};
		var readers = new ArrayList<Thread>();
		for (int i = 0; i < 6; i++) {
			readers.add(Thread.ofPlatform().start(() -> {
				allStarted.countDown();
				var request = new MockHttpServletRequest("GET", "/community/gear-talk/t/42-cached-socks");
				try {
					cache.doFilter(request, new MockHttpServletResponse(), rendering);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
		for (var reader : readers) {
			reader.join(10_000);
		}
		assertThat(served).hasValue(6);
		assertThat(most.get()).isBetween(1, 2);
	}

	@Test
	void otherRequestsDoNotTakeTurns() throws Exception {
		var cache = new ThreadPageCache(new AcceptHeaderLocaleResolver(), true, Duration.ofMinutes(5), 16, 1);
		var inside = new AtomicInteger();
		var most = new AtomicInteger();
		var release = new CountDownLatch(1);
		var bothInside = new CountDownLatch(2);
		FilterChain waiting = (request, response) -> {
			most.accumulateAndGet(inside.incrementAndGet(), Math::max);
			bothInside.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			inside.decrementAndGet();
		};
		var readers = new ArrayList<Thread>();
		for (String path : new String[]{"/api/v1/community/spaces", "/community/gear-talk"}) {
			readers.add(Thread.ofPlatform().start(() -> {
				try {
					cache.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), waiting);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();
		release.countDown();
		for (var reader : readers) {
			reader.join(10_000);
		}
		assertThat(most).hasValue(2);
	}
}
