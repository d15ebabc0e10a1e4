/**
 * What memdebug's tests and benchmarks share, in one place: {@link memdebug.testkit.ChildJvm}
 * starts a fresh JVM on the module path or the class path, {@link memdebug.testkit.PrintedLine}
 * reads a memdebug line back, {@link memdebug.testkit.ProviderJar} checks that a provider jar's
 * module-info and services files agree. No dependencies: failures are plain {@link AssertionError}s.
 */
package memdebug.testkit;
