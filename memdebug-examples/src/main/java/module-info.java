/**
 * The memdebug demo. It requires memdebug.api only: the backends (memdebug-jmx or
 * memdebug-asyncprofiler; memdebug-pdf and memdebug-pprof) are found on the module path through
 * their services.
 */
module memdebug.examples {
    requires memdebug.api;

    exports memdebug.examples;
}
