package app.agora.listening.internal;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.listening.Signal;
import app.agora.listening.SignalDecided;
import app.agora.listening.SignalRaised;
import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about signals, through the outreach gate (consent, caps and
 * quiet hours apply): product leads when one is raised, in the app and by
 * email; every customer who spoke when product leads decide (the loop closed).
 */
@Component
class SignalMessages {

	private static final Logger log = LoggerFactory.getLogger(SignalMessages.class);

	private final Outreach outreach;
	private final Accounts accounts;
	private final SignalStore signals;

	SignalMessages(Outreach outreach, Accounts accounts, SignalStore signals) {
		this.outreach = outreach;
		this.accounts = accounts;
		this.signals = signals;
	}

	@ApplicationModuleListener
	void on(SignalRaised raised) {
		Signal signal = signals.find(raised.signalId()).orElseThrow();
		String subject = "Signal: " + signal.customers() + " customers on “" + signal.scopeName() + "”";
		String body = signal.customers() + " distinct customers said one coherent thing about “" + signal.scopeName()
				+ "” in the last days (" + signal.items() + " items, mostly " + signal.sentiment().toLowerCase() + ", "
				+ String.format("%.1f", signal.rise()) + "× the usual).\nOpen it: /listening/signals/" + signal.id();
		for (SignedInUser lead : accounts.staff()) {
			if (lead.role() == AccountRole.PRODUCT_LEAD && lead.partyId().isPresent()) {
				send(lead.partyId().get(), Channel.IN_APP, subject, body, signal.id());
				send(lead.partyId().get(), Channel.EMAIL, subject, body, signal.id());
			}
		}
	}

	@ApplicationModuleListener
	void on(SignalDecided decided) {
		Signal signal = signals.find(decided.signalId()).orElseThrow();
		String subject = "You told us about “" + signal.scopeName() + "”";
		String what = switch (decided.status()) {
			case PLANNED -> "We are going to act on it.";
			case DONE -> "It is done.";
			case DECLINED -> "We decided not to act on it, and want to tell you why.";
			default -> "";
		};
		String body = "You and other customers told us about “" + signal.scopeName() + "”. " + what + "\n\n"
				+ decided.decision() + "\n\nThank you for telling us.";
		for (UUID party : signals.contributors(signal.id())) {
			send(party, Channel.IN_APP, subject, body, signal.id());
			send(party, Channel.EMAIL, subject, body, signal.id());
		}
	}

	private void send(UUID party, Channel channel, String subject, String body, long signalId) {
		try {
			outreach.send(new OutboundMessage(party, channel, Purpose.SERVICE, clip(subject, 200),
					clip(body, OutboundMessage.MAX_BODY_LENGTH), "signal " + signalId));
		} catch (IllegalArgumentException e) {
			log.warn("A message about signal {} to party {} could not be sent: {}", signalId, party, e.getMessage());
		}
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
