/**
 * {@code /api/sync}: the server's receive and transmit times for NTP-style clock sync, and the
 * filter that stamps a request's arrival.
 */
package se.klockan.sync;
