/**
 * WorldTimeAPI's own endpoints, also under time.now's {@code /developer/api}: the zone list,
 * the time in a zone and at an IP address, in its JSON and {@code .txt} forms and error shape.
 * Answers for zones and for addresses alike, so it depends on both.
 */
package se.klockan.api;
