#include "siblinglibrary.h"

#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace galley {

SiblingLibrary::SiblingLibrary(const QString &fileName)
    : m_path(QFileInfo(u"/proc/self/exe"_s).canonicalPath() + u'/' + fileName)
{
    m_handle = ::dlopen(QFile::encodeName(m_path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!m_handle)
        m_error = u"%1 (%2)"_s.arg(m_path, QString::fromLocal8Bit(::dlerror()));
}

void *SiblingLibrary::address(const char *symbol)
{
    if (!m_handle)
        return nullptr;
    void *found = ::dlsym(m_handle, symbol);
    if (!found && m_error.isEmpty())
        m_error = u"%1 (%2)"_s.arg(m_path, QString::fromLocal8Bit(::dlerror()));
    return found;
}

} // namespace galley
