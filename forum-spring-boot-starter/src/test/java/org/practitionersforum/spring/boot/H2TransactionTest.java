package org.practitionersforum.spring.boot;

import org.springframework.boot.test.context.SpringBootTest;

/** The transaction scenarios on an embedded H2 database, through Spring Boot's own data source. */
@SpringBootTest(
    classes = CaseManagementApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:spring-h2;DB_CLOSE_DELAY=-1",
      "spring.main.banner-mode=off"
    })
class H2TransactionTest extends TransactionScenarios {}
