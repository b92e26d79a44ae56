#include "sectionheading.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

QString headingStyleMarker(HeadingStyle style)
{
    switch (style) {
    case HeadingStyle::Underline:
        break;
    case HeadingStyle::Atx2:
        return u"##"_s;
    case HeadingStyle::Atx3:
        return u"###"_s;
    }
    return u"="_s;
}

std::optional<HeadingStyle> headingStyleFromMarker(const QString &marker)
{
    const QString m = marker.trimmed();
    if (m == u"=" || m == u"underline")
        return HeadingStyle::Underline;
    if (m == u"##")
        return HeadingStyle::Atx2;
    if (m == u"###")
        return HeadingStyle::Atx3;
    return std::nullopt;
}

QString sectionHeading(const QString &name, HeadingStyle style)
{
    if (style == HeadingStyle::Underline)
        return name + u'\n' + QString(std::max<qsizetype>(name.size(), 3), u'=');
    return headingStyleMarker(style) + u' ' + name;
}

} // namespace galley
