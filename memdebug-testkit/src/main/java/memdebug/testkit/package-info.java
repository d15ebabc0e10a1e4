/**
 * What memdebug's tests and benchmarks share, in one place: {@link memdebug.testkit.ChildJvm}
 * starts a fresh JVM on the module path or the class path, {@link memdebug.testkit.PrintedLine}
 * reads a memdebug line back, {@link memdebug.testkit.ProviderJar} checks that a provider jar's
 * module-info and services files agree. {@link memdebug.testkit.Chromium} drives a headless
 * Chromium from the system's packages over the DevTools protocol ({@link memdebug.testkit.BrowserPage}
 * one tab, {@link memdebug.testkit.HtmlFlameGraph} an HTML report in it). No dependencies: failures
 * are plain {@link AssertionError}s.
 */
package memdebug.testkit;
