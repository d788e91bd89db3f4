package com.feedbackdesk.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves test code out of the architecture check: test-classes folders, which ArchUnit's own option
 * knows, and the modules' shared test-jars ({@code *-tests.jar}), which it does not.
 */
class ExcludeTestCode implements ImportOption {

  private static final ImportOption TEST_FOLDERS = new ImportOption.DoNotIncludeTests();

  @Override
  public boolean includes(Location location) {
    return TEST_FOLDERS.includes(location) && !location.contains("-tests.jar");
  }
}
