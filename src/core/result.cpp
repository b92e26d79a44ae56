#include "result.h"

using namespace Qt::StringLiterals;

namespace galley {

QString Error::toString() const
{
    QString where = file;
    if (!where.isEmpty() && line > 0)
        where += u':' + QString::number(line);
    if (where.isEmpty())
        return message;
    return where + u": "_s + message;
}

} // namespace galley
