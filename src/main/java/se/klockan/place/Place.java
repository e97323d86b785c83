package se.klockan.place;

/**
 * A place GeoNames knows, as answers show what matched a name.
 *
 * @param name its name in GeoNames (in English where GeoNames has one)
 * @param countryCode ISO 3166-1 alpha-2
 * @param latitude degrees north
 * @param longitude degrees east
 * @param population as GeoNames counts it
 */
public record Place(String name, String countryCode, double latitude, double longitude, long population) {

}
