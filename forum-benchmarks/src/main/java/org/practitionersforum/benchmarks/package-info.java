/** JMH benchmarks of the SDK. Not published. */
package org.practitionersforum.benchmarks;
