#pragma once

// An HTML page parsed by gumbo, its tree freed with the pointer (pagemeta.cpp for titles,
// bookmarksreader.cpp for browsers' bookmarks files).
#include <gumbo.h>

#include <QByteArray>

#include <memory>

namespace galley {

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};
using ParsedHtml = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

inline ParsedHtml parseHtml(const QByteArray &utf8)
{
    return ParsedHtml(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
}

} // namespace galley
