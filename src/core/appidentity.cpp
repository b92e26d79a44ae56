#include "appidentity.h"

#include <QCoreApplication>

namespace galley {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral(GALLEY_APP_ID));
    QCoreApplication::setApplicationName(QStringLiteral("galley"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
}

} // namespace galley
