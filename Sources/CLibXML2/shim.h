// libxml2's streaming reader, without its ICU headers: Debian builds libxml2 with ICU, and a
// module importing both Foundation and <unicode/utypes.h> fails on a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/globals.h>

// libxml2's deallocator, which Swift sees as a global variable it cannot touch from strict
// concurrency checking: called through a function instead.
static inline void collect_xml_free(void *pointer) { xmlFree(pointer); }
