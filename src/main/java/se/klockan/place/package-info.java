/**
 * Time by place: the zone shapes (coordinates to zone) and place names shipped in the app, and
 * their endpoints, {@code /api/coordinates} and {@code /api/place}.
 */
package se.klockan.place;
