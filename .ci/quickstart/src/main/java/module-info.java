module quickstart {
    requires memdebug.api;
}
