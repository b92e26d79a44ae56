#pragma once
// Shared by the settings dialogs' tests: a store with the fixture archive imported, and a
// StoreClient on its own thread (as the window runs it) for the dialogs to talk to.

#include "drafts/storeclient.h"
#include "fixturearchive.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace galley::gui::test {

using testsupport::fixtureText;
using testsupport::importFixtureArchive;

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
        // Not a QSignalSpy: it records on the emitting thread (a direct connection) while wait()
        // reads its list here, a data race ThreadSanitizer reports (the tsan preset). A receiver
        // on this thread gets the signal queued.
        QObject receiver;
        bool opened = false;
        QObject::connect(m_client, &StoreClient::opened, &receiver, [&opened] { opened = true; });
        m_client->post([c = m_client, path] { c->openStore(path, QStringLiteral("# Sample\n")); });
        return QTest::qWaitFor([&opened] { return opened; }, 15000);
    }
    StoreClient *client() const { return m_client; }

private:
    QThread m_thread;
    StoreClient *m_client;
};

} // namespace galley::gui::test
