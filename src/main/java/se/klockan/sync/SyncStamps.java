package se.klockan.sync;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The server's two NTP timestamps for one sync request, in microseconds since the epoch.
 *
 * @param receiveUs when the request reached the application (NTP's t1)
 * @param transmitUs when the answer left it (NTP's t2)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SyncStamps(long receiveUs, long transmitUs) {

}
