/**
 * Zones by name and the time in them: every tz name, the WorldTimeAPI object for an instant, POSIX
 * strings, and which tz release answers. Built on {@link se.klockan.tz}.
 */
package se.klockan.zone;
