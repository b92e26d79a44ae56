#include "window/singleinstance.h"

#include "window/consoleline.h"

#include "drafts/draftsession.h"
#include "privatefiles.h"
#include "store/store.h"
#include "store/storelocation.h"
#include "window/mainwindow.h"
#include "window/selftest.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
constexpr int ProtocolVersion = 1;
// A request is a list of paths: far below this. More is not a Galley talking.
constexpr qint64 MaxRequestBytes = 1 << 20;
// A start that connected but sends nothing is dropped after this.
constexpr int RequestTimeoutMs = 10000;
// sun_path holds 108 bytes; leave room.
constexpr qsizetype MaxSocketPathBytes = 100;

// The store file as every start names it: symlinks and `..` resolved. A store that does not exist
// yet (the first start creates it) is named by its folder's canonical path. A postgresql://
// address is no file: it is named by who connects to which server, database and schema
// (StoreLocation::identity), never by its password or the working directory.
QString canonicalStorePath(const QString &storePath)
{
    if (!storePath.isEmpty()) {
        const auto where = StoreLocation::parse(storePath);
        if (where && where->isPostgres())
            return where->identity();
        if (!where) // an unknown scheme or a password: refused when the store opens
            return storePath;
    }
    const QFileInfo file(storePath.isEmpty() ? Store::defaultPath() : storePath);
    if (file.exists())
        return file.canonicalFilePath();
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty())
        return folder + u'/' + file.fileName();
    return QDir::cleanPath(file.absoluteFilePath());
}

// Only the same user may hand files to an editor, or receive them (a socket another user placed
// in a shared temporary folder). Linux says who is at the other end of a local socket.
bool peerIsThisUser(qintptr descriptor)
{
#ifdef SO_PEERCRED
    ucred credentials {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return false;
    return credentials.uid == ::geteuid();
#else
    Q_UNUSED(descriptor);
    return true; // the socket file's permissions (owner only) still guard it
#endif
}

QByteArray request(const QStringList &files)
{
    const QJsonObject object {{u"version"_s, ProtocolVersion},
                              {u"open"_s, QJsonArray::fromStringList(files)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

QString handOverServerName(const QString &storePath, QString *why)
{
    const QByteArray key
        = QByteArray::number(::geteuid()) + '\n' + canonicalStorePath(storePath).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    // $XDG_RUNTIME_DIR is the user's own (0700), cleaned at logout. Asked only when set: without
    // it Qt would warn and make one up in /tmp, where the plain name below is as good.
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        const QString path = runtime + u"/galley-"_s + hash;
        if (!runtime.isEmpty() && QFile::encodeName(path).size() <= MaxSocketPathBytes)
            return path;
    }
    // Without it, a folder of the user's own in the temporary folder: a plain name in /tmp could
    // be taken first by another user, who would then receive the files of a later start.
    const QString folder = privateTempFolder(u"galley-%1"_s.arg(::geteuid()), why);
    return folder.isEmpty() ? QString() : folder + u"/"_s + hash;
}

SingleInstance::SingleInstance(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_name(handOverServerName(storePath, &m_noHandOverReason))
{ }

SingleInstance::~SingleInstance()
{
    // QLocalServer removes the socket file by name when it closes. If a later start replaced this
    // editor's socket (this one did not answer in time and came back), that file is the new
    // editor's: leave the server open until the process ends rather than cut the new one off.
    if (m_server && m_server->isListening() && !socketFileIsOurs())
        (void)m_server.release();
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Answer SingleInstance::ask(const QStringList &files, QString *detail) const
{
    const QDeadlineTimer deadline(AnswerTimeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        switch (socket.error()) {
        case QLocalSocket::ServerNotFoundError:
            return Answer::NoServer;
        case QLocalSocket::ConnectionRefusedError:
            return Answer::Stale;
        case QLocalSocket::SocketTimeoutError:
            return Answer::NoAnswer;
        default:
            *detail = socket.errorString();
            return Answer::Failed;
        }
    }
    if (!peerIsThisUser(socket.socketDescriptor()))
        return Answer::Foreign;
    socket.write(request(files));
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || socket.state() != QLocalSocket::ConnectedState)
            return Answer::NoAnswer;
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(deadline.remainingTime()));
        else
            socket.waitForReadyRead(int(deadline.remainingTime()));
    }
    const QByteArray answer = socket.readLine().trimmed();
    socket.disconnectFromServer();
    if (answer == "ok")
        return Answer::Accepted;
    if (answer == "closing")
        return Answer::Closing;
    return Answer::Unsupported;
}

SingleInstance::Start SingleInstance::start(const QStringList &files, bool newWindow)
{
    if (m_name.isEmpty()) {
        printConsoleLine(
            stderr,
            tr("galley: files cannot be handed to an editor that is already open (%1); "
               "starting a window of its own.")
                .arg(m_noHandOverReason));
        return Start::Own;
    }
    if (newWindow) {
        listen(); // only when the name is free: the running editor keeps it
        return Start::Own;
    }
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();

    // Twice at most: when two starts race for a free name, the loser hands over to the winner.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString detail;
        bool replace = false; // remove the socket file: no editor is behind it
        bool held = false; // an editor holds the name: start without it
        switch (ask(absolute, &detail)) {
        case Answer::Accepted:
            printConsoleLine(
                stdout,
                absolute.isEmpty()
                    ? tr("galley: Galley is already open on this store; switched to its "
                         "window.")
                    : tr("galley: opened in the Galley window already open on this "
                         "store."));
            return Start::HandedOver;
        case Answer::NoServer:
            break;
        case Answer::Stale:
            printConsoleLine(
                stderr,
                tr("galley: the editor that last used this store did not close cleanly; "
                   "starting a new one."));
            replace = true;
            break;
        case Answer::NoAnswer:
            printConsoleLine(
                stderr,
                tr("galley: the editor already open on this store did not answer within "
                   "%1 seconds; starting a new one.")
                    .arg(AnswerTimeoutMs / 1000));
            replace = true;
            break;
        case Answer::Closing:
            printConsoleLine(stderr,
                             tr("galley: the editor open on this store is closing; starting a new "
                                "one."));
            held = true;
            break;
        case Answer::Unsupported:
            printConsoleLine(
                stderr,
                tr("galley: the editor open on this store is another version of Galley "
                   "and cannot take the files; starting a new window."));
            held = true;
            break;
        case Answer::Foreign:
            printConsoleLine(
                stderr,
                tr("galley: the socket %1 belongs to another user; starting a new editor "
                   "without it.")
                    .arg(m_name));
            return Start::Own;
        case Answer::Failed:
            printConsoleLine(
                stderr,
                tr("galley: cannot reach the editor open on this store (%1); starting a "
                   "new one.")
                    .arg(detail));
            held = true;
            break;
        }
        if (held)
            return Start::Own;
        if (replace)
            QLocalServer::removeServer(m_name);
        if (listen())
            return Start::Own;
        if (m_server->serverError() != QAbstractSocket::AddressInUseError)
            break;
    }
    if (!isListening() && m_server)
        qCWarning(lcStartup).noquote()
            << "later starts will open their own window: cannot listen on" << m_name << "("
            << m_server->errorString() << ")";
    return Start::Own;
}

bool SingleInstance::listen()
{
    m_server = std::make_unique<QLocalServer>();
    // No socket options: Qt then binds in place, so a name in use fails instead of being replaced.
    // The file is the user's (umask, in their runtime folder) and peers are checked anyway.
    if (!m_server->listen(m_name))
        return false;
    struct stat info = {};
    if (::stat(QFile::encodeName(m_server->fullServerName()).constData(), &info) == 0) {
        m_socketDevice = quint64(info.st_dev);
        m_socketInode = quint64(info.st_ino);
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcStartup).noquote() << "listening for later starts on" << m_server->fullServerName();
    return true;
}

bool SingleInstance::socketFileIsOurs() const
{
    struct stat info = {};
    if (::stat(QFile::encodeName(m_server->fullServerName()).constData(), &info) != 0)
        return true; // gone: nothing to protect
    return quint64(info.st_dev) == m_socketDevice && quint64(info.st_ino) == m_socketInode;
}

void SingleInstance::serve(MainWindow *window)
{
    m_window = window;
    // Logged from the event loop, when requests are really answered (tests wait for it).
    QTimer::singleShot(0, this, [this] {
        if (isListening())
            qCDebug(lcStartup).noquote()
                << "answering later starts on" << m_server->fullServerName();
        else
            qCDebug(lcStartup) << "window open; another editor answers later starts";
    });
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsThisUser(socket->socketDescriptor())) {
            qCWarning(lcStartup) << "refused a hand-over from another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes) {
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(socket->readLine()).object();
    const QJsonValue open = object.value(u"open"_s);
    if (object.value(u"version"_s).toInt() != ProtocolVersion || !open.isArray()) {
        socket->write("unsupported\n");
        socket->disconnectFromServer();
        return;
    }
    // A window on its way out would not finish importing: the later start opens its own.
    if (!m_window || !m_window->isVisible()) {
        socket->write("closing\n");
        socket->disconnectFromServer();
        return;
    }
    QStringList files;
    for (const QJsonValue &file : open.toArray())
        files << file.toString();
    socket->write("ok\n");
    socket->disconnectFromServer();
    handle(files);
}

void SingleInstance::handle(const QStringList &files)
{
    MainWindow *window = m_window;
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::alert(window); // where the window manager refuses to activate it
    qCDebug(lcStartup) << "a later start handed over" << files.size() << "file(s)";
    if (!files.isEmpty()) {
        if (lcStartup().isDebugEnabled()) {
            // Which draft the files became, for tests and bug reports.
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(window, &MainWindow::filesOpened, this, [once](int ok, int failed) {
                QObject::disconnect(*once);
                qCDebug(lcStartup)
                    << "handed-over files opened:" << ok << "imported," << failed << "failed";
            });
            auto shown = std::make_shared<QMetaObject::Connection>();
            *shown
                = connect(window->session(), &DraftSession::issueChanged, this, [shown](qint64 id) {
                      QObject::disconnect(*shown);
                      qCDebug(lcStartup) << "the editor shows draft" << id;
                  });
        }
        window->openFiles(files);
    }
    emit requestAccepted(files);
}

} // namespace galley::gui
