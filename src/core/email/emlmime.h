#pragma once

// The GMime side of buildEmlMessage (emlmessage.cpp), in a module of its own, galley-eml.so, that
// only a process writing a .eml loads: GMime brings GObject, GIO, GPGME and ten more libraries,
// which would otherwise cost every `galley` command about 3 ms to load and 6 million
// instructions to link. Plain C types: the module links no Qt.

#include <cstddef>

extern "C" {

// UTF-8, NUL-terminated. `replyTo` may be null (no Reply-To). Addresses come trimmed, and no
// header value holds a line break (buildEmlMessage refuses those). The Message-Id's domain is the
// parsed sender's.
struct GalleyEmlParts
{
    const char *from;
    const char *to;
    const char *replyTo;
    const char *subject;
    const char *text;
    const char *html;
    long long date; // seconds since the epoch, written in the local time zone
};

// What galley_eml_build returns: written, or which address holds no valid mailbox.
enum GalleyEmlOutcome {
    GalleyEmlWritten = 0,
    GalleyEmlBadFrom,
    GalleyEmlBadTo,
    GalleyEmlBadReplyTo
};

// Receives the whole message, once.
typedef void (*GalleyEmlSink)(void *context, const char *data, size_t size);

// The module's one function, looked up by this name.
typedef int (*GalleyEmlBuild)(const GalleyEmlParts *parts, GalleyEmlSink sink, void *context);
#define GALLEY_EML_BUILD_SYMBOL "galley_eml_build"
}
