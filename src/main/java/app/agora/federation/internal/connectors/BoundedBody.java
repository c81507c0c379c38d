package app.agora.federation.internal.connectors;

import app.agora.federation.spi.SourceDataException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a limit: a longer body is refused as
 * soon as it passes the limit, without being read whole. Unlike reading an
 * {@code InputStream}, no thread waits for each chunk, which matters when many
 * views call many sources at once.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final int maxBytes;
	private final String what;
	private final CompletableFuture<byte[]> body = new CompletableFuture<>();
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private Flow.Subscription subscription;

	private BoundedBody(int maxBytes, String what) {
		this.maxBytes = maxBytes;
		this.what = what;
	}

	static HttpResponse.BodyHandler<byte[]> atMost(int maxBytes, String what) {
		return info -> new BoundedBody(maxBytes, what);
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (body.isDone()) {
			return;
		}
		for (var buffer : buffers) {
			if (bytes.size() + buffer.remaining() > maxBytes) {
				subscription.cancel();
				body.completeExceptionally(
						new SourceDataException("The answer from " + what + " is larger than " + maxBytes + " bytes"));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable failure) {
		body.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		body.complete(bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return body;
	}
}
