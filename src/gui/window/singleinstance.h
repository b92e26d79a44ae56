#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace galley::gui {

class MainWindow;

// One editor per user and store, as desktop editors do: a second `galley FILE.md` (a file
// manager's "Open with", a terminal) hands its files to the editor already open on the same store
// and exits, instead of opening a second window on it. Two stores still get two editors.
//
// The running editor listens on a local socket whose name comes from the user and the canonical
// store path (handOverServerName). A later start connects, sends the files (absolute, resolved
// against its own working directory) or nothing ("bring your window to the front"), and waits at
// most AnswerTimeoutMs for "ok". An editor that does not answer (hung) or a socket left behind by
// one that crashed is replaced: the later start removes the socket and starts its own editor,
// saying why on stderr. `--new-window` skips the hand-over (the self-test never hands over).
//
// The running side never blocks: requests are read as they arrive, on the GUI thread's event loop,
// and are a few hundred bytes.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int AnswerTimeoutMs = 3000;

    enum class Start {
        HandedOver, // a running editor took the request: exit 0
        Own, // start this editor (listening for later starts when the name was free)
    };

    // `storePath` as the command line gave it (empty: the default store).
    explicit SingleInstance(const QString &storePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands `files` to the editor running on this store, or, when there is none (or it does not
    // answer), claims the store's name for this editor. With `newWindow` it only claims the name
    // when it is free. Prints one line on stdout when handed over, the reason on stderr when a
    // running editor could not be used.
    Start start(const QStringList &files, bool newWindow);

    // From now on, requests open their files in `window` and raise it.
    void serve(MainWindow *window);

    bool isListening() const;
    QString serverName() const { return m_name; }

signals:
    // A later start's request was accepted (for tests): `files` empty means "raise".
    void requestAccepted(const QStringList &files);

private:
    enum class Answer {
        Accepted,
        NoServer,
        Stale,
        NoAnswer,
        Closing,
        Unsupported,
        Foreign,
        Failed
    };
    Answer ask(const QStringList &files, QString *detail) const;
    bool listen();
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void handle(const QStringList &files);
    bool socketFileIsOurs() const;

    QString m_noHandOverReason; // why m_name is empty; declared first, as m_name's start fills it
    QString m_name;
    std::unique_ptr<QLocalServer> m_server;
    QPointer<MainWindow> m_window;
    quint64 m_socketDevice = 0; // the socket file this editor created (see the destructor)
    quint64 m_socketInode = 0;
};

// The local server name of the editor of `storePath` (empty: the default store) for this user: in
// $XDG_RUNTIME_DIR when it is set, else in a private galley-<uid> folder of the temporary folder
// (privateTempFolder). The store path is made canonical first, so `--db ./x.sqlite`, a symlink
// and the absolute path meet. Empty when no private place can be had (`why` says why): then
// there is no hand-over.
QString handOverServerName(const QString &storePath, QString *why = nullptr);

} // namespace galley::gui
