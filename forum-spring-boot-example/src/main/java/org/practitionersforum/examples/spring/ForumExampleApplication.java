package org.practitionersforum.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application embedding the SDK through {@code forum-spring-boot-starter}: the
 * starter makes the {@code ForumSdk} on the application's data source, and the application's
 * controller lets the signed-in practitioner join a forum.
 */
@SpringBootApplication
public class ForumExampleApplication {

  /** Creates the application; Spring calls it. */
  public ForumExampleApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ForumExampleApplication.class, args);
  }
}
