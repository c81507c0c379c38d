package app.agora.outreach.spi;

import java.io.Serial;

/** A channel could not deliver now (mail server down, disk full). */
public class ChannelException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	public ChannelException(String message, Throwable cause) {
		super(message, cause);
	}
}
