/**
 * The file format every table the app ships shares (name, version, metadata, deflated body).
 */
package se.klockan.data;
