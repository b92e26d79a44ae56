// URL normalisation (the key under which the store compares links). Properties: normalising twice
// gives the same key; the key never holds white space or a fragment; a URL and its key have the
// same key with any utm_ parameter or fragment added.

#include "fuzzsupport.h"
#include "store/urlnormalizer.h"

#include <QString>

using namespace galley;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString key = normalizeUrl(url);
    const QString twice = normalizeUrl(key);
    fuzz::require(twice == key, "normalising twice gives another key",
                  url.toUtf8() + "\n -> " + key.toUtf8() + "\n -> " + twice.toUtf8());
    return 0;
}
