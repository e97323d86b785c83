package se.klockan.sync;

import se.klockan.web.TextForm;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The server's two NTP timestamps for one sync request, in microseconds since the epoch; with
 * {@code .txt}, as {@code key: value} lines, as the other answers of {@code /api} are.
 *
 * @param receiveUs when the request reached the application (NTP's t1)
 * @param transmitUs when the answer left it (NTP's t2)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SyncStamps(long receiveUs, long transmitUs) implements TextForm {

	@Override
	public String text() {
		return "receive_us: " + this.receiveUs + "\ntransmit_us: " + this.transmitUs + "\n";
	}

}
