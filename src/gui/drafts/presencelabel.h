#pragma once

#include <QLabel>
#include <QStringList>
#include <QTimer>

namespace galley::gui {

class DraftSession;
class StoreClient;

// The status bar's "Also open by: Ana, Ben": who else has the open draft open, on a store a
// team shares (PostgreSQL; see PgPresence). Empty and hidden on a SQLite store, and when
// nobody else has it open.
//
// Tells the store which draft is open (as editorName()) whenever another one is opened, and
// reads the others' names then, when the server announces that someone opened or closed a
// draft, and every RecheckMs (a teammate whose connection died announces nothing). Each is one
// small query on the store's thread.
class PresenceLabel : public QLabel
{
    Q_OBJECT
public:
    static constexpr int RecheckMs = 15000;

    PresenceLabel(StoreClient *client, DraftSession *session, QWidget *parent = nullptr);

    QStringList names() const { return m_names; }
    // Tests shorten it.
    void setRecheckInterval(int ms) { m_recheck.setInterval(ms); }

signals:
    // The names were read (tests wait for it).
    void presenceRead(const QStringList &names);

private:
    void announce(qint64 issueId);
    void read();
    void showNames(const QStringList &names);

    StoreClient *m_client;
    DraftSession *m_session;
    QTimer m_recheck;
    QStringList m_names;
};

} // namespace galley::gui
