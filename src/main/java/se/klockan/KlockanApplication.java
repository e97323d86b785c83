package se.klockan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Klockan: tells the time over HTTP, for people, scripts and devices. */
@SpringBootApplication
public class KlockanApplication {

	public static void main(String[] args) {
		SpringApplication.run(KlockanApplication.class, args);
	}

}
