#pragma once
// Shared by the settings dialogs' tests: a store with the fixture archive imported, and a
// StoreClient on its own thread (as the window runs it) for the dialogs to talk to.

#include "store/store.h"
#include "storeclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QThread>

namespace galley::gui::test {

inline QString fixtureText(const QString &name)
{
    QFile f(QStringLiteral(GALLEY_TEST_DATA) + QStringLiteral("/fixtures/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Imports ops-weekly-101..103 into the store at `path`.
inline bool importFixtures(const QString &path)
{
    Store store;
    if (!store.open(path))
        return false;
    for (const char *name : {"ops-weekly-101.md", "ops-weekly-102.md", "ops-weekly-103.md"}) {
        if (!store.importDocument(fixtureText(QString::fromLatin1(name))))
            return false;
    }
    return true;
}

class ClientThread
{
public:
    ClientThread()
        : m_client(new StoreClient)
    {
        m_client->moveToThread(&m_thread);
        m_thread.start();
    }
    ~ClientThread()
    {
        m_client->post([c = m_client] {
            c->close();
            QThread::currentThread()->quit();
        });
        m_thread.wait();
        delete m_client;
    }
    bool open(const QString &path)
    {
        QSignalSpy opened(m_client, &StoreClient::opened);
        m_client->post([c = m_client, path] { c->openStore(path, QStringLiteral("# Sample\n")); });
        return opened.wait(15000);
    }
    StoreClient *client() const { return m_client; }

private:
    QThread m_thread;
    StoreClient *m_client;
};

} // namespace galley::gui::test
