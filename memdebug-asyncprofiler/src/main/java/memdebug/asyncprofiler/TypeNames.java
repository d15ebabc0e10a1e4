package memdebug.asyncprofiler;

/**
 * Java source names of the classes async-profiler records as allocated. It keeps array classes in
 * descriptor form ({@code [B}, {@code [[I}, {@code [Ljava/lang/String;}) and other classes as
 * internal names ({@code java/lang/String}); reports show {@code byte[]}, {@code int[][]},
 * {@code java.lang.String[]} and {@code java.lang.String}.
 */
final class TypeNames {

    private TypeNames() {
    }

    /** The Java name of a class name in descriptor or internal form; a malformed one is returned with dots. */
    static String javaName(String recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return "?";
        }
        int dims = 0;
        while (dims < recorded.length() && recorded.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return recorded.replace('/', '.');
        }
        String element = element(recorded.substring(dims));
        if (element == null) {
            return recorded.replace('/', '.');
        }
        StringBuilder name = new StringBuilder(element.length() + 2 * dims).append(element);
        for (int i = 0; i < dims; i++) {
            name.append("[]");
        }
        return name.toString();
    }

    /** The element type of an array descriptor after its {@code [}s; null when malformed. */
    private static String element(String descriptor) {
        if (descriptor.length() == 1) {
            switch (descriptor.charAt(0)) {
                case 'Z':
                    return "boolean";
                case 'B':
                    return "byte";
                case 'C':
                    return "char";
                case 'S':
                    return "short";
                case 'I':
                    return "int";
                case 'J':
                    return "long";
                case 'F':
                    return "float";
                case 'D':
                    return "double";
                default:
                    return null;
            }
        }
        if (descriptor.length() > 2 && descriptor.charAt(0) == 'L' && descriptor.endsWith(";")) {
            return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        }
        return null;
    }
}
