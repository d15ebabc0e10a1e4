package memdebug.internal.memory;

import java.util.List;

/**
 * The live heap by class, as a full collection left it.
 *
 * @param classes   one row per class as the JVM lists it; two rows can carry the same name
 *                  (classes of one name in two loaders, lambdas of one class)
 * @param liveBytes the sum of the rows' bytes: the heap the program keeps, to the byte
 */
public record ClassHistogram(List<ClassCount> classes, long liveBytes) {
}
