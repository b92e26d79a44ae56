#include "storepassword.h"

#include "appidentity.h"
#include "storelocation.h"

namespace galley::StorePassword {

QByteArray serviceName()
{
    return QByteArray(GALLEY_APP_ID) + ".postgresql";
}

PasswordVault::Lookup read(const StoreLocation &where)
{
    return PasswordVault::readEntry(serviceName(), where.serverAccount());
}

QString write(const StoreLocation &where, const QString &password, bool *available)
{
    return PasswordVault::writeEntry(serviceName(), where.serverAccount(), password, available);
}

} // namespace galley::StorePassword
