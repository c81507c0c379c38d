package app.agora.federation.internal.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * The sources of {@code bench view}: a loopback HTTP/1.1 server that plays
 * source APIs. {@code GET /source/N} waits the delay and answers one JSON
 * record; {@code GET /hung/N} never answers while the caller waits. It keeps
 * connections open, one virtual thread each, and does nothing else, so that on
 * a two-core machine the CPU goes to what is measured (the client side), not to
 * playing the sources.
 */
final class LoopbackSources implements AutoCloseable {

	private final ServerSocket socket;
	private final int delayMs;
	private final int hangMs;
	private final Thread acceptor;

	LoopbackSources(int delayMs, int hangMs) throws IOException {
		this.socket = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress());
		this.delayMs = delayMs;
		this.hangMs = hangMs;
		this.acceptor = Thread.ofVirtual().name("loopback-sources").start(this::accept);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + socket.getLocalPort();
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				var connection = socket.accept();
				connection.setTcpNoDelay(true);
				Thread.ofVirtual().start(() -> serve(connection));
			} catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			InputStream in = new BufferedInputStream(connection.getInputStream());
			OutputStream out = new BufferedOutputStream(connection.getOutputStream());
			String path;
			while ((path = requestPath(in)) != null) {
				if (path.startsWith("/hung/")) {
					Thread.sleep(hangMs);
					return;
				}
				Thread.sleep(delayMs);
				out.write(response(path));
				out.flush();
			}
		} catch (SocketException e) {
			// the caller hung up
		} catch (IOException e) {
			// the caller hung up
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static byte[] response(String path) {
		int query = path.indexOf('?');
		String n = path.substring(path.lastIndexOf('/', query < 0 ? path.length() : query) + 1,
				query < 0 ? path.length() : query);
		byte[] body = ("{\"items\":[{\"id\":\"K-" + n + "\",\"order\":\"O-" + n
				+ "\",\"at\":\"2025-01-02T10:00:00Z\",\"amount\":12.5}]}").getBytes(StandardCharsets.UTF_8);
		byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] whole = new byte[head.length + body.length];
		System.arraycopy(head, 0, whole, 0, head.length);
		System.arraycopy(body, 0, whole, head.length, body.length);
		return whole;
	}

	/**
	 * Reads one request's head (a GET has no body) and gives its path, or null when
	 * the caller closed the connection.
	 */
	private static String requestPath(InputStream in) throws IOException {
		String requestLine = line(in);
		if (requestLine == null) {
			return null;
		}
		String header;
		do {
			header = line(in);
			if (header == null) {
				return null;
			}
		} while (!header.isEmpty());
		String[] parts = requestLine.split(" ");
		return parts.length >= 2 ? parts[1] : "/";
	}

	private static String line(InputStream in) throws IOException {
		var line = new StringBuilder(64);
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				int length = line.length();
				return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
			}
			line.append((char) c);
		}
		return line.isEmpty() ? null : line.toString();
	}

	@Override
	public void close() throws IOException {
		socket.close();
		acceptor.interrupt();
	}
}
