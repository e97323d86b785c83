/**
 * {@code /api/posix}: a zone's rules as a POSIX TZ string for devices, by name, address, point
 * or place.
 */
package se.klockan.posix;
