#include "hostnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost" || h.endsWith(u".localhost"_s) || h == u"::1")
        return true;
    // Qt Network's QHostAddress would be the only reason for the core to link it.
    static const QRegularExpression v4(
        u"^127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\."
        "(25[0-5]|2[0-4]\\d|1?\\d?\\d)$"_s);
    return v4.match(h).hasMatch();
}

bool isInvalidHostName(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.')) // the root label: "example.invalid." is the same name
        h.chop(1);
    return h == u"invalid" || h.endsWith(u".invalid"_s);
}

} // namespace galley
