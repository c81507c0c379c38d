package app.agora.community.internal;

/** The form that suspends a member: who (email), for how many days, why. */
class SuspendForm {

	private String email;
	private Integer days = 7;
	private String reason;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Integer getDays() {
		return days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
