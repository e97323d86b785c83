/**
 * The file format every table the app ships shares (name, version, metadata, deflated body), and
 * what each says it was built from.
 */
package se.klockan.data;
