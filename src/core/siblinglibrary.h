#pragma once

#include <QString>

namespace galley {

// A plug-in library of Galley's (galley-eml.so, galley-smtp.so, galley-keyring.so), loaded only
// from the folder of the running program: <prefix>/libexec/galley/ when installed, src/app in the
// build tree, each test's own folder. Never from a path baked in at build time: an installed
// program must not load code from wherever its build tree was. The library stays loaded.
class SiblingLibrary
{
public:
    explicit SiblingLibrary(const QString &fileName);

    // The function `symbol`, or nullptr (then error() says why).
    template<typename Function> Function resolve(const char *symbol)
    {
        return reinterpret_cast<Function>(address(symbol));
    }
    // Empty while the library loaded and every symbol asked for was found; else the library's
    // path and the loader's reason.
    const QString &error() const { return m_error; }

private:
    void *address(const char *symbol);

    QString m_path;
    void *m_handle = nullptr;
    QString m_error;
};

} // namespace galley
