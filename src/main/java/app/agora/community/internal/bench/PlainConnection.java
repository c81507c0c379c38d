package app.agora.community.internal.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection on a plain socket, opened on first use and
 * again after the server closed it: it writes a request and reads the status
 * line, the headers and the body (fixed length or chunked), and nothing more,
 * so that the load tools take as little of the machine's CPU as they can from
 * the server they measure. Not thread-safe: one request at a time.
 */
final class PlainConnection implements AutoCloseable {

	/**
	 * @param cacheHit
	 *            whether Agora's page cache served it ({@code X-Agora-Page-Cache})
	 * @param body
	 *            the body when it was asked for, else empty
	 */
	record Answer(int status, boolean cacheHit, String body) {
	}

	private final String host;
	private final int port;
	private final StringBuilder line = new StringBuilder();
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	PlainConnection(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * Sends a request ({@code headers} each ending in CRLF, without Host and
	 * Content-Length) and reads its answer; an answer not read within 10 s is an
	 * {@link IOException}, after which the connection is closed.
	 */
	Answer exchange(String method, String path, String headers, byte[] body, boolean keepBody) throws IOException {
		try {
			if (socket == null) {
				socket = new Socket(host, port);
				socket.setTcpNoDelay(true);
				socket.setSoTimeout(10_000);
				in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
				out = socket.getOutputStream();
			}
			String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers
					+ (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			return read(keepBody);
		} catch (IOException e) {
			close();
			throw e;
		}
	}

	private Answer read(boolean keepBody) throws IOException {
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closes = false;
		boolean hit = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(header.substring(15).trim());
			} else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			} else if (lower.startsWith("connection:") && lower.contains("close")) {
				closes = true;
			} else if (lower.startsWith("x-agora-page-cache:") && lower.contains("hit")) {
				hit = true;
			}
		}
		var kept = keepBody ? new ByteArrayOutputStream() : null;
		if (chunked) {
			for (long size = chunkSize(); size > 0; size = chunkSize()) {
				take(size, kept);
				line();
			}
			line();
		} else if (length > 0) {
			take(length, kept);
		}
		if (closes) {
			close();
		}
		return new Answer(status, hit, kept == null ? "" : kept.toString(StandardCharsets.UTF_8));
	}

	private long chunkSize() throws IOException {
		return Long.parseLong(line().split(";")[0].trim(), 16);
	}

	private void take(long n, ByteArrayOutputStream kept) throws IOException {
		if (kept != null) {
			kept.write(in.readNBytes((int) n));
			return;
		}
		while (n > 0) {
			long skipped = in.skip(n);
			if (skipped <= 0) {
				if (in.read() < 0) {
					throw new IOException("connection closed");
				}
				skipped = 1;
			}
			n -= skipped;
		}
	}

	private String line() throws IOException {
		line.setLength(0);
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException ignored) {
				// nothing to do
			}
		}
		socket = null;
	}
}
